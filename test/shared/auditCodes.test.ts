import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AUDIT_ACTION_WORDS, AUDIT_TARGET_WORDS } from "../../client/i18n/admin/auditCodes";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "../../shared/auditCodes";
import { LANGUAGES } from "../../shared/languages";

/** Every .ts file under server/. */
function serverSources(dir = "server"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? serverSources(file) : file.endsWith(".ts") ? [file] : [];
  });
}

/**
 * The codes the server's source records: string literals inside audit(…) calls (and the helpers
 * that pass a code on to it), and in the lookup table of the meeting conductor. A code built at
 * run time from pieces would escape this scan: keep codes as whole literals.
 */
function recordedCodes(): { actions: Map<string, string>; targets: Map<string, string> } {
  const actions = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const file of serverSources()) {
    const text = readFileSync(file, "utf8");
    if (!/\baudit\(/.test(text)) continue;
    const calls = [...text.matchAll(/\b(?:audit|auditAcknowledgements|failedAttempt)\(([\s\S]*?)\);/g), ...text.matchAll(/const AUDITED = (\{[^}]*\})/g)].map((match) => match[1]!);
    for (const call of calls) {
      for (const literal of call.matchAll(/"([a-zA-Z_]+\.[a-zA-Z_0-9]+)"/g)) actions.set(literal[1]!, file);
      for (const type of call.matchAll(/\btype: "([a-zA-Z_]+)"/g)) targets.set(type[1]!, file);
    }
  }
  return { actions, targets };
}

describe("shared/auditCodes: every code the audit log records has words in nl, fr and en", () => {
  const { actions, targets } = recordedCodes();

  it("finds the server's codes (the scan still works)", () => {
    expect(actions.size).to.be.greaterThan(80);
    expect(targets.size).to.be.greaterThan(10);
  });

  it("lists every action code the server records", () => {
    const missing = [...actions].filter(([code]) => !(AUDIT_ACTIONS as readonly string[]).includes(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, "add these to shared/auditCodes.ts and client/i18n/admin/auditCodes.ts").to.deep.equal([]);
  });

  it("lists every target type the server records", () => {
    const missing = [...targets].filter(([code]) => !(AUDIT_TARGET_TYPES as readonly string[]).includes(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, "add these to shared/auditCodes.ts and client/i18n/admin/auditCodes.ts").to.deep.equal([]);
  });

  it("names each listed code in every language, in words rather than the code", () => {
    for (const language of LANGUAGES) {
      for (const code of AUDIT_ACTIONS) {
        const words = AUDIT_ACTION_WORDS[language][code];
        expect(words, `${language} ${code}`).to.be.a("string").and.not.equal("").and.not.equal(code);
      }
      for (const code of AUDIT_TARGET_TYPES) expect(AUDIT_TARGET_WORDS[language][code], `${language} ${code}`).to.be.a("string").and.not.equal("");
    }
  });

  it("writes French words with a no-break space before : ; ? ! and the typographic apostrophe", () => {
    for (const words of [...Object.values(AUDIT_ACTION_WORDS.fr), ...Object.values(AUDIT_TARGET_WORDS.fr)]) {
      expect(words, words).not.to.match(/[^\u00a0][:;?!]/);
      expect(words, words).not.to.include("'");
    }
  });
});
