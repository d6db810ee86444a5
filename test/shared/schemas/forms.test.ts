import { expect } from "chai";
import type { z } from "zod";
import { brusselsToday } from "../../../shared/brusselsTime";
import { invitationFormSchema, auditFiltersFormSchema, changePasswordFormSchema, setupFormSchema } from "../../../shared/schemas/accountForms";
import { decisionInputSchema } from "../../../shared/schemas/decisions";
import { linkFormSchema } from "../../../shared/schemas/documents";
import { agendaEntryFormSchema, amendmentFormSchema, decisionFormSchema, meetingFormSchema } from "../../../shared/schemas/meetingForms";
import { meetingInputSchema } from "../../../shared/schemas/meetings";

const ID = "64b7f0c2a1b2c3d4e5f60718";
type Parsed = { error?: { issues: z.core.$ZodIssue[] } };
const paths = (result: Parsed) => (result.error?.issues ?? []).map((issue) => issue.path.join("."));
/** The rule names that refinements gave their issues. */
const rules = (result: Parsed) => (result.error?.issues ?? []).map((issue) => (issue as { params?: { rule?: string } }).params?.rule).filter(Boolean);

/** The forms' schemas are built from the API's own field rules: a form cannot pass what the server refuses. */
describe("shared/schemas: form schemas", () => {
  describe("meetingFormSchema", () => {
    const values = { title: "Spring meeting", date: "2026-03-14", time: "09:30", durationMinutes: 120, place: "", videoUrl: "", language: "en", participantIds: [ID], status: "scheduled" };

    it("turns Brussels wall-clock date and time into the instant the API takes", () => {
      const output = meetingFormSchema.parse(values);
      expect(output.startsAt).to.equal("2026-03-14T08:30:00.000Z"); // winter: UTC+1
      expect(meetingInputSchema.safeParse(output).success).to.equal(true);
    });

    it("checks video links with the server's rule, not a pattern of its own", () => {
      for (const videoUrl of ["http://meet.example.org/x", "https://meet.example.org/a b", "javascript:alert(1)", "https://x.org/<script>"]) {
        const form = meetingFormSchema.safeParse({ ...values, videoUrl });
        const server = meetingInputSchema.safeParse({ ...meetingFormSchema.parse(values), videoUrl });
        expect(form.success, videoUrl).to.equal(false);
        expect(server.success, videoUrl).to.equal(false);
        expect(paths(form)).to.deep.equal(["videoUrl"]);
      }
      expect(meetingFormSchema.safeParse({ ...values, videoUrl: "https://meet.example.org/benelux" }).success).to.equal(true);
    });

    it("refuses a missing date, a time that is not HH:MM and a duration outside the limits", () => {
      const result = meetingFormSchema.safeParse({ ...values, date: "", time: "25:00", durationMinutes: 5 });
      expect(paths(result)).to.have.members(["date", "time", "durationMinutes"]);
      expect(meetingFormSchema.safeParse({ ...values, durationMinutes: undefined }).success).to.equal(false);
    });
  });

  describe("decisionFormSchema", () => {
    it("keeps the contact points a decision refers to, and refuses ones that are not ids", () => {
      expect(decisionFormSchema.parse({ ...base, contactPointIds: [ID] }).contactPointIds).to.deep.equal([ID]);
      expect(paths(decisionFormSchema.safeParse({ ...base, contactPointIds: ["<script>"] }))).to.deep.equal(["contactPointIds.0"]);
    });

    const base = { itemId: ID, text: "Free places are exchanged weekly.", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "A victim can be sheltered across the border within a day." } };

    it("gives the API a decision by consensus without vote counts", () => {
      const output = decisionFormSchema.parse({ ...base, votes: { for: 3, against: 0, abstain: 0 } });
      expect(output.votes).to.equal(null);
      expect(output.votesByCountry).to.deep.equal([]);
      expect(decisionInputSchema.safeParse(output).success).to.equal(true);
    });

    it("needs every count of a vote, and keeps only the countries where a count was given", () => {
      expect(rules(decisionFormSchema.safeParse({ ...base, method: "vote" }))).to.deep.equal(["votes_required"]);
      expect(paths(decisionFormSchema.safeParse({ ...base, method: "vote", votes: { for: 2, against: undefined, abstain: 0 } }))).to.deep.equal(["votes.against"]);
      const output = decisionFormSchema.parse({ ...base, method: "vote", votes: { for: 5, against: 1, abstain: 0 }, votesByCountry: { BE: { for: 2 }, NL: {}, LU: undefined } });
      expect(output.votesByCountry).to.deep.equal([{ country: "BE", for: 2, against: 0, abstain: 0 }]);
    });

    it("refuses a victim-perspective note shorter than the empty chair's rule, by kind (20 considered, 10 not applicable)", () => {
      const short = decisionFormSchema.safeParse({ ...base, victimNote: { kind: "considered", text: "Too short." } });
      expect(paths(short)).to.deep.equal(["victimNote.text"]);
      expect(short.error!.issues[0]).to.include({ code: "too_small", minimum: 20 });
      expect(decisionFormSchema.safeParse({ ...base, victimNote: { kind: "not_applicable", text: "Budget only" } }).success).to.equal(true);
      expect(paths(decisionFormSchema.safeParse({ ...base, victimNote: { kind: "not_applicable", text: "Budget" } }))).to.deep.equal(["victimNote.text"]);
      expect(paths(amendmentFormSchema.safeParse({ text: "x", outcome: "adopted", reason: "Typo", victimNote: { kind: "considered", text: "" } }))).to.deep.equal(["victimNote.text"]);
    });
  });

  describe("agendaEntryFormSchema", () => {
    it("sends a section heading with its title only, and an item's linked documents as ids", () => {
      expect(agendaEntryFormSchema.parse({ kind: "section", title: "Part two", plannedMinutes: 10 })).to.deep.equal({ kind: "section", title: "Part two" });
      const item = agendaEntryFormSchema.parse({ kind: "item", title: "Port", type: "discussion", presenter: "", plannedMinutes: 20, description: "", tags: [], documentIds: [ID, ID.replace("0", "1")] });
      expect(item).to.include({ kind: "item", plannedMinutes: 20 });
      expect((item as { documentIds: string[] }).documentIds).to.have.length(2);
      expect(paths(agendaEntryFormSchema.safeParse({ kind: "item", title: "Port", type: "discussion", presenter: "", plannedMinutes: 20, description: "", tags: [], documentIds: ["not-an-id"] }))).to.deep.equal(["documentIds.0"]);
    });

    it("passes the picked contact points on (ids, each once, at most ten); a section has none", () => {
      const item = { kind: "item", title: "Port", type: "discussion", presenter: "", plannedMinutes: 20, description: "", tags: [], documentIds: [] };
      expect(agendaEntryFormSchema.parse({ ...item, contactPointIds: [ID] })).to.deep.include({ contactPointIds: [ID] });
      expect(agendaEntryFormSchema.parse({ kind: "section", title: "Part two", contactPointIds: [ID] })).not.to.have.property("contactPointIds");
      expect(paths(agendaEntryFormSchema.safeParse({ ...item, contactPointIds: ["x"] }))).to.deep.equal(["contactPointIds.0"]);
      expect(paths(agendaEntryFormSchema.safeParse({ ...item, contactPointIds: [ID, ID] }))).to.deep.equal(["contactPointIds"]);
      const eleven = Array.from({ length: 11 }, (_, i) => ID.slice(0, -2) + String(i).padStart(2, "0"));
      expect(paths(agendaEntryFormSchema.safeParse({ ...item, contactPointIds: eleven }))).to.deep.equal(["contactPointIds"]);
    });
  });

  describe("account forms", () => {
    it("asks for the password twice, and leaves the repeat out of what is sent", () => {
      const values = { name: "Sara", email: "sara@example.org", password: "a long enough password", language: "en", organisation: { name: "Benelux", discipline: "secretariat", country: "BE" } };
      expect(rules(setupFormSchema.safeParse({ ...values, repeat: "something else" }))).to.deep.equal(["repeat_mismatch"]);
      expect(paths(setupFormSchema.safeParse({ ...values, repeat: "" }))).to.deep.equal(["repeat"]);
      expect(setupFormSchema.parse({ ...values, repeat: values.password })).not.to.have.property("repeat");
      expect(rules(changePasswordFormSchema.safeParse({ currentPassword: "old", newPassword: "a long enough password", repeat: "a long enough passwort" }))).to.deep.equal(["repeat_mismatch"]);
    });

    it("drops an end of access for anyone but observers, and refuses one in the past", () => {
      const base = { email: "a@example.org", language: "en" };
      expect(invitationFormSchema.parse({ ...base, email: "A@Example.org", role: "member", accessUntil: "2030-01-01" })).to.deep.include({ email: "a@example.org", role: "member", language: "en" }).and.not.to.have.property("accessUntil");
      expect(invitationFormSchema.parse({ ...base, role: "observer", accessUntil: brusselsToday() })).to.include({ accessUntil: brusselsToday() });
      expect(rules(invitationFormSchema.safeParse({ ...base, role: "observer", accessUntil: "2020-01-01" }))).to.deep.equal(["not_past"]);
    });

    it("asks for the invitee's language: the form always sends one", () => {
      expect(paths(invitationFormSchema.safeParse({ email: "a@example.org", role: "member" }))).to.deep.equal(["language"]);
      expect(paths(invitationFormSchema.safeParse({ email: "a@example.org", role: "member", language: "de" }))).to.deep.equal(["language"]);
    });

    it("refuses an audit range that ends before it starts", () => {
      expect(rules(auditFiltersFormSchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }))).to.deep.equal(["range"]);
      expect(auditFiltersFormSchema.safeParse({ from: "2026-03-01", to: "2026-03-01" }).success).to.equal(true);
    });
  });

  it("linkFormSchema normalises links as the editor allows them (http, https, mailto) and refuses the rest", () => {
    expect(linkFormSchema.parse({ href: " www.benelux.int " }).href).to.equal("https://www.benelux.int/");
    expect(linkFormSchema.parse({ href: "info@benelux.int" }).href).to.equal("mailto:info@benelux.int");
    expect(rules(linkFormSchema.safeParse({ href: "javascript:alert(1)" }))).to.deep.equal(["link"]);
    expect(paths(linkFormSchema.safeParse({ href: "" }))).to.deep.equal(["href"]);
  });
});
