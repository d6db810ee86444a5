import { expect } from "chai";
import { generateRecoveryCodes, legacyRecoveryHash } from "../../../server/auth/recoveryCodes";
import { migrateSecondFactors } from "../../../server/auth/secondFactorMigration";
import { sealSecret, useSecretsKey } from "../../../server/auth/secretsKey";
import { generateTotpSecret, totpCode } from "../../../server/auth/totp";
import { SignInAttempt } from "../../../server/models/SignInAttempt";
import { User } from "../../../server/models/User";
import { buildUser } from "../../support/factories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("auth/secondFactorMigration: second factors stored before the secrets key", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  beforeEach(() => SignInAttempt.deleteMany({}));
  after(() => server.stop());

  /** An account as an older version stored it: plain base32 secret, plain SHA-256 recovery hashes. */
  async function oldAccount() {
    const built = await buildUser({ role: "member" });
    const secret = generateTotpSecret();
    const codes = generateRecoveryCodes(3);
    await User.collection.updateOne(
      { _id: built.user._id },
      { $set: { "totp.secret": secret, "totp.pendingSecret": generateTotpSecret(), "totp.recoveryCodeHashes": codes.map(legacyRecoveryHash) } },
    );
    return { ...built, secret, codes };
  }

  async function secondFactor(email: string, password: string, code: string): Promise<number> {
    const client = new TestClient(server.url);
    await client.session();
    await client.post("/api/auth/sign-in", { email, password });
    return (await client.post("/api/auth/second-factor", { code })).status;
  }

  it("seals plain secrets and keys old recovery hashes once; the same codes still sign in", async () => {
    const old = await oldAccount();
    const result = await migrateSecondFactors();
    expect(result.migrated).to.be.at.least(1);
    expect(result.unreadable).to.equal(0);
    expect((await migrateSecondFactors()).migrated, "nothing left to convert").to.equal(0);

    const stored = (await User.collection.findOne({ _id: old.user._id }))!;
    expect(stored.totp.secret).to.match(/^gcm1:/).and.not.include(old.secret);
    expect(stored.totp.pendingSecret).to.match(/^gcm1:/);
    expect(stored.totp.recoveryCodeHashes).to.have.length(3);
    for (const hash of stored.totp.recoveryCodeHashes) expect(hash).to.match(/^h1:[0-9a-f]{64}$/);
    for (const code of old.codes) expect(stored.totp.recoveryCodeHashes).to.not.include(legacyRecoveryHash(code));

    expect(await secondFactor(old.email, old.password, totpCode(old.secret, Date.now()))).to.equal(200);
    expect(await secondFactor(old.email, old.password, old.codes[1]!)).to.equal(200);
    expect(await secondFactor(old.email, old.password, old.codes[1]!), "a recovery code still works once").to.equal(401);
  });

  it("still accepts an old account's code before the migration ran (plain secrets are read as they are)", async () => {
    const old = await oldAccount();
    expect(await secondFactor(old.email, old.password, totpCode(old.secret, Date.now()))).to.equal(200);
  });

  it("counts secrets sealed under another key, and refuses their codes instead of failing the request", async () => {
    const built = await buildUser({ role: "member" });
    const secret = generateTotpSecret();
    useSecretsKey("a key that is not this server's, more than 32 characters");
    const foreign = sealSecret(secret);
    useSecretsKey(server.config.secretsKey);
    await User.collection.updateOne({ _id: built.user._id }, { $set: { "totp.secret": foreign } });
    expect((await migrateSecondFactors()).unreadable).to.equal(1);
    expect(await secondFactor(built.email, built.password, totpCode(secret, Date.now()))).to.equal(401);
    expect((await User.collection.findOne({ _id: built.user._id }))!.totp.secret, "left as it was, for when the key is put back").to.equal(foreign);
  });
});
