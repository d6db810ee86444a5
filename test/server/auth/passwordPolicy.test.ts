import { expect } from "chai";
import { checkPassword, commonPasswordList } from "../../../server/auth/passwordPolicy";

describe("auth/passwordPolicy", () => {
  it("ships at least 10,000 common passwords", () => {
    const list = commonPasswordList();
    expect(list.size).to.be.at.least(10_000);
    expect(list.has("password")).to.equal(true);
    expect(commonPasswordList()).to.equal(list); // loaded once
  });

  it("accepts a strong passphrase", () => {
    expect(checkPassword("grijze stoel blijft leeg 2026", {})).to.deep.equal([]);
    expect(checkPassword("grijze stoel blijft leeg 2026", { name: "Anne de Vries", email: "anne@example.org" })).to.deep.equal([]);
  });

  describe("length", () => {
    it("refuses 11 characters and accepts 12", () => {
      expect(checkPassword("kq7vz-mwp3x", {})).to.deep.equal(["too_short"]);
      expect(checkPassword("kq7vz-mwp3xr", {})).to.deep.equal([]);
    });

    it("counts an emoji as one character", () => {
      expect("kq7vz-mwp3🔒".length).to.equal(12); // two UTF-16 units
      expect(checkPassword("kq7vz-mwp3🔒", {})).to.deep.equal(["too_short"]);
      expect(checkPassword("kq7vz-mwp3x🔒", {})).to.deep.equal([]);
    });

    it("refuses more than 256 characters and accepts 256", () => {
      const base = "grijze stoel blijft leeg ";
      const exactly = base.repeat(11).slice(0, 256);
      expect(checkPassword(exactly, {})).to.deep.equal([]);
      expect(checkPassword(`${exactly}x`, {})).to.deep.equal(["too_long"]);
    });
  });

  describe("common passwords", () => {
    it("refuses common passwords whatever their case", () => {
      expect(checkPassword("1234567890qwerty", {})).to.include("common");
      expect(checkPassword("QWERTYUIOPASDFGHJKL", {}).includes("common")).to.equal(
        commonPasswordList().has("qwertyuiopasdfghjkl"),
      );
      expect(checkPassword("PASSWORD", {})).to.deep.equal(["too_short", "common"]);
    });

    it("refuses a common password with digits or symbols appended", () => {
      expect(checkPassword("Password1234", {})).to.deep.equal(["common"]);
      expect(checkPassword("Password123456!", {})).to.deep.equal(["common"]);
      expect(checkPassword("sunshine!!2026", {})).to.deep.equal(["common"]);
    });

    it("refuses simple leetspeak", () => {
      expect(checkPassword("P@ssw0rd2026!", {})).to.deep.equal(["common"]);
      expect(checkPassword("$unsh1ne-1987", {})).to.deep.equal(["common"]); // 1 → i
      expect(checkPassword("f00tb@ll12345", {})).to.deep.equal(["common"]);
    });

    it("does not refuse a passphrase merely for containing a common word", () => {
      expect(checkPassword("password is not my password", {})).to.deep.equal([]);
      expect(checkPassword("my dragon sleeps at noon", {})).to.deep.equal([]);
      expect(checkPassword("2026password", {})).to.deep.equal([]); // only trailing digits are stripped
    });
  });

  describe("personal data", () => {
    it("refuses a password containing part of the name", () => {
      expect(checkPassword("annedevries-2026!", { name: "Anne de Vries" })).to.deep.equal(["contains_personal_data"]);
      expect(checkPassword("vliegende VRIES 9x", { name: "Anne de Vries" })).to.deep.equal(["contains_personal_data"]);
    });

    it("ignores name parts shorter than 3 characters", () => {
      expect(checkPassword("de grijze stoel blijft", { name: "Jo de Wit" })).to.deep.equal([]);
    });

    it("folds accents in both the name and the password", () => {
      expect(checkPassword("zomer bij Hélène 1999", { name: "Helene Dupont" })).to.deep.equal(["contains_personal_data"]);
      expect(checkPassword("zomer bij helene 1999", { name: "Hélène Dupont" })).to.deep.equal(["contains_personal_data"]);
    });

    it("refuses a password containing the e-mail local part", () => {
      expect(checkPassword("xX-jvdberg-Xx-2026", { email: "JVDBerg@example.be" })).to.deep.equal(["contains_personal_data"]);
      expect(checkPassword("mijn grijze stoel 42", { email: "jo@example.be" })).to.deep.equal([]);
      expect(checkPassword("grijze stoel example", { email: "anne@example.be" })).to.deep.equal([]); // domain is fine
    });

    it("reports several problems together", () => {
      expect(checkPassword("Sunshine1!", { name: "Sunny Sunshine" })).to.deep.equal(["too_short", "common", "contains_personal_data"]);
    });
  });
});
