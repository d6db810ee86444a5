import type { Problem } from "../../../shared/types";

/** The server's answers to a current password that is not right (sign-in, password change, confirmations). */
export const wrongPassword = (problem: Problem): boolean => problem.code === "invalid_credentials" || problem.code === "invalid_password" || problem.code === "wrong_password";
