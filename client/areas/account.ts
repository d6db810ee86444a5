/** Your own account: details, password, two-factor sign-in, sessions. */
export { AccountScene } from "../scenes/AccountScene";
