import { expect } from "chai";
import {
  DUMMY_HASH_PROMISE,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from "../../../server/auth/passwordHashing";

describe("auth/passwordHashing", () => {
  it("hashes with argon2id at the OWASP minimum parameters, salted", async () => {
    const hash = await hashPassword("grijze stoel blijft leeg");
    expect(hash).to.match(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword("grijze stoel blijft leeg")).to.not.equal(hash);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(hash, "correct horse battery staple")).to.equal(true);
    expect(await verifyPassword(hash, "correct horse battery stapler")).to.equal(false);
    expect(await verifyPassword(hash, "")).to.equal(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("één grijze stoel 🔒");
    expect(await verifyPassword(hash, "één grijze stoel 🔒")).to.equal(true);
    expect(await verifyPassword(hash, "een grijze stoel 🔒")).to.equal(false);
  });

  it("returns false, without throwing, for a malformed hash", async () => {
    for (const bad of ["", "not a hash", "$argon2id$v=19$m=19456,t=2,p=1$broken", "$2b$10$abcdefghijklmnopqrstuv"]) {
      expect(await verifyPassword(bad, "whatever"), bad).to.equal(false);
    }
  });

  it("has a ready dummy hash and always answers false against it", async () => {
    expect(await DUMMY_HASH_PROMISE).to.match(/^\$argon2id\$/);
    expect(await verifyAgainstDummy("anything at all")).to.equal(false);
  });
});
