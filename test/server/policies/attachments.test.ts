import { expect } from "chai";
import { can, type Actor } from "../../../server/policies";
import type { AttachmentParent, AttachmentTarget } from "../../../server/policies/attachments";
import type { Classification } from "../../../shared/documents";

const actor = (role: Actor["role"], id = `${role}-1`): Actor => ({ id, role, active: true });
const meeting: AttachmentParent = { kind: "meeting", facts: { participantIds: ["member-1", "observer-1"], status: "scheduled" } };
const document: AttachmentParent = { kind: "document", facts: { classification: "internal", status: "draft", memberIds: ["member-2"], createdBy: "member-3", published: false } };
const file = (parent: AttachmentParent, classification: Classification, createdBy = "chair-1"): AttachmentTarget => ({ parent, classification, createdBy });

/** Files follow what they are attached to, then their own classification. */
describe("policy: attachments", () => {
  it("a meeting's files: participants read public and internal ones, restricted ones only organisers and the uploader", () => {
    expect(can(actor("member"), "attachment.read", file(meeting, "internal"))).to.equal(true);
    expect(can(actor("member"), "attachment.read", file(meeting, "restricted"))).to.equal(false);
    expect(can(actor("member"), "attachment.read", file(meeting, "restricted", "member-1"))).to.equal(true);
    expect(can(actor("chair", "chair-2"), "attachment.read", file(meeting, "restricted"))).to.equal(true);
    expect(can(actor("member", "member-9"), "attachment.read", file(meeting, "public")), "not invited").to.equal(false);
  });

  it("observers get public files only and never upload or manage", () => {
    expect(can(actor("observer"), "attachment.read", file(meeting, "public"))).to.equal(true);
    expect(can(actor("observer"), "attachment.read", file(meeting, "internal"))).to.equal(false);
    expect(can(actor("observer"), "attachment.upload", meeting)).to.equal(false);
    expect(can(actor("observer"), "attachment.upload", document)).to.equal(false);
  });

  it("a document's files: who may edit it uploads; people named on it read restricted files; only the uploader or the secretariat manages", () => {
    expect(can(actor("member", "member-4"), "attachment.upload", document)).to.equal(true);
    expect(can(actor("member", "member-2"), "attachment.read", file(document, "restricted"))).to.equal(true);
    expect(can(actor("member", "member-4"), "attachment.read", file(document, "restricted"))).to.equal(false);
    expect(can(actor("member", "member-4"), "attachment.manage", file(document, "internal", "member-5"))).to.equal(false);
    expect(can(actor("member", "member-5"), "attachment.manage", file(document, "internal", "member-5"))).to.equal(true);
    expect(can(actor("secretariat"), "attachment.manage", file(document, "restricted", "member-5"))).to.equal(true);
    expect(can(actor("chair"), "attachment.manage", file(document, "internal", "member-5")), "chairs organise meetings, not documents").to.equal(false);
  });

  it("nothing for a deactivated account", () => {
    expect(can({ ...actor("secretariat"), active: false }, "attachment.read", file(meeting, "public"))).to.equal(false);
  });
});
