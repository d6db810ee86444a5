/** The vocabulary of the working group, shared by server and client. */

export const ROLES = ["secretariat", "chair", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

export { DISCIPLINES, type Discipline } from "./directory";

export const COUNTRIES = ["BE", "NL", "LU", "other"] as const;
export type Country = (typeof COUNTRIES)[number];
