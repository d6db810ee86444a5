/**
 * The secrets key (server/auth/secretsKey.ts) of every server the tests start, in this process or
 * as a child process, so that a user the factories build with a sealed TOTP secret can sign in to
 * any of them.
 */
export const TEST_SECRETS_KEY = "test-secrets-key-test-secrets-key-0123456789";
