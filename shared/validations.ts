/** Limits both sides enforce. */
export const LIMITS = {
  /** Largest JSON request body the API accepts. */
  jsonBodyBytes: 256 * 1024,
  /** Largest single Socket.IO message. */
  socketMessageBytes: 1024 * 1024,
} as const;
