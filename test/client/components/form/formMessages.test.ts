import { expect } from "chai";
import { z } from "zod";
import type { Problem } from "../../../../shared/types";
import { meetingFormSchema } from "../../../../shared/schemas/meetingForms";
import { describeIssue, type FieldMeta } from "../../../../client/components/form/fieldMessages";
import { FieldRegistry } from "../../../../client/components/form/formContext";
import { issueErrorMap, readIssue } from "../../../../client/components/form/issues";
import { applyProblem } from "../../../../client/components/form/serverProblems";
import { en, type MessageKey } from "../../../../client/i18n/en";
import { fr } from "../../../../client/i18n/fr";
import type { Translate } from "../../../../client/i18n/I18nProvider";

const translator = (messages: Record<MessageKey, string>): Translate => (key, values) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match));
const t = translator(en);

/** What the form shows for the first issue of `path` when `schema` parses `value` (as the resolver does). */
function message(schema: z.ZodType, value: unknown, path: string, meta: Pick<FieldMeta, "label" | "kind" | "messages">, tr = t): string {
  const result = schema.safeParse(value, { error: issueErrorMap });
  const issue = result.error!.issues.find((candidate) => candidate.path.join(".") === path)!;
  const current = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
  return describeIssue(readIssue({ type: issue.code, message: issue.message }, current), meta, tr);
}

describe("client/components/form: messages from zod issues and server problems", () => {
  const text = { label: "Title", kind: "text" as const };

  it("words each kind of issue with the field's label, in the user's language", () => {
    const title = z.object({ title: z.string().trim().min(1).max(5) });
    expect(message(title, { title: "  " }, "title", text)).to.equal("Title: enter an answer");
    expect(message(title, { title: "far too long" }, "title", text)).to.equal("Title: use 5 characters or fewer");
    expect(message(title, { title: "far too long" }, "title", text, translator(fr))).to.equal("Title\u00a0: utilisez 5 caractères au maximum");
    const minutes = z.object({ minutes: z.number().int().min(0).max(480) });
    expect(message(minutes, { minutes: Number.NaN }, "minutes", text)).to.equal("Title: enter a number, like 10");
    expect(message(minutes, { minutes: 1.5 }, "minutes", text)).to.equal("Title: enter a whole number, like 10");
    expect(message(minutes, { minutes: 500 }, "minutes", text)).to.equal("Title: enter 480 or less");
    expect(message(minutes, { minutes: undefined }, "minutes", text)).to.equal("Title: enter an answer");
    const role = z.object({ role: z.enum(["chair", "member"]) });
    expect(message(role, { role: "" }, "role", { label: "Role", kind: "choice" })).to.equal("Role: choose one");
    const email = z.object({ email: z.string().pipe(z.email()) });
    expect(message(email, { email: "nope" }, "email", { label: "E-mail address", kind: "text" })).to.contain("like name@example.org");
  });

  it("prefers a field's own words, with the issue's bounds and values of its own", () => {
    const schema = z.object({ title: z.string().trim().min(1) });
    expect(message(schema, { title: "" }, "title", { ...text, messages: { missing: "meetings.field.titleMissing" } })).to.equal("Enter a title");
    const duration = ["meetings.form.durationInvalid", { min: 15, max: 720 }] as const;
    expect(message(meetingFormSchema, { durationMinutes: 5 }, "durationMinutes", { label: "Length", kind: "text", messages: { invalid: duration } })).to.equal("Enter the length in minutes, between 15 and 720");
  });

  it("keeps a refinement's rule, and reads a message a shared schema wrote itself as 'invalid' (zod 4 lets it win over the error map)", () => {
    const repeat = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { path: ["b"], params: { rule: "repeat_mismatch" } });
    expect(message(repeat, { a: "x", b: "y" }, "b", { label: "Repeat", kind: "text", messages: { repeat_mismatch: "field.passwordRepeat.mismatch" } })).to.equal(en["field.passwordRepeat.mismatch"]);
    const id = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/, "must be an id") });
    expect(message(id, { id: "xyz" }, "id", text)).to.equal("Title: check this answer");
    expect(message(id, { id: "" }, "id", text)).to.equal("Title: enter an answer");
  });

  describe("applyProblem", () => {
    function mapped(problem: Partial<Problem>, names: string[], options: Partial<Parameters<typeof applyProblem>[1]> = {}) {
      const registry = new FieldRegistry();
      for (const name of names) registry.set(name, { id: `f-${name}`, label: name, kind: "text" });
      const errors: Record<string, string> = {};
      applyProblem({ type: "about:blank", title: "", status: 422, code: "validation_failed", ...problem } as Problem, {
        registry,
        t,
        language: "en",
        setError: (name, error) => void (errors[name] = error.message ?? ""),
        ...options,
      });
      return errors;
    }

    it("puts each issue on the field of that path, above or below it, or renamed", () => {
      const errors = mapped({ issues: [{ path: "body.organisation.name", message: "x" }, { path: "body.votesByCountry.0.for", message: "x" }, { path: "body.startsAt", message: "x" }] }, ["organisation.name", "votesByCountry", "date"], {
        serverFields: { startsAt: "date" },
      });
      expect(Object.keys(errors)).to.have.members(["organisation.name", "votesByCountry", "date"]);
      expect(errors.date).to.equal("date: this answer was not accepted. Check it and try again");
      expect(mapped({ code: "victim_note_required", issues: [{ path: "body.victimNote", message: "x" }] }, ["victimNote.text"])).to.have.keys(["victimNote.text"]);
    });

    it("words each broken password rule, and puts what belongs to no field in the summary", () => {
      const weak = mapped({ code: "weak_password", issues: [{ path: "body.password", message: "common" }, { path: "body.password", message: "contains_personal_data" }] }, ["password"]);
      expect(weak.password).to.equal(`${en["password.rule.common"]} ${en["password.rule.personalData"]}`);
      expect(mapped({ code: "invalid_credentials", status: 401 }, ["email"])).to.deep.equal({ "root.server": en["problem.invalidCredentials"] });
      expect(mapped({ issues: [{ path: "body.unknown", message: "x" }] }, ["email"])).to.deep.equal({ "root.server": en["problem.validationFailed"] });
    });

    it("lets the form read a problem its own way first", () => {
      expect(mapped({ code: "wrong_password", status: 403 }, ["currentPassword"], { onProblem: () => ({ field: "currentPassword", message: "Wrong" }) })).to.deep.equal({ currentPassword: "Wrong" });
    });
  });
});
