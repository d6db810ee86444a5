/** Limits both sides enforce. */
export const LIMITS = {
  /** Largest JSON request body the API accepts. */
  jsonBodyBytes: 256 * 1024,
  /** Largest single Socket.IO message. */
  socketMessageBytes: 1024 * 1024,
} as const;

export const ACCOUNT_LIMITS = {
  emailMax: 254,
  nameMax: 120,
  organisationMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  recoveryCodes: 10,
  invitationDays: 7,
  firstStartLinkHours: 24,
  passwordResetMinutes: 60,
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  lockoutFailures: 10,
  lockoutMinutes: 15,
} as const;
