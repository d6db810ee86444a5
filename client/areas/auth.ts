/** Signing in and the pages opened from one-time links: one chunk, loaded for people not yet signed in. */
export { AcceptInvitationScene } from "../scenes/AcceptInvitationScene";
export { ResetPasswordScene } from "../scenes/ResetPasswordScene";
export { SecondFactorScene } from "../scenes/SecondFactorScene";
export { SetupScene } from "../scenes/SetupScene";
export { SignInScene } from "../scenes/SignInScene";
export { TwoFactorScene } from "../scenes/TwoFactorScene";
