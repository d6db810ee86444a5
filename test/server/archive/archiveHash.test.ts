import { expect } from "chai";
import { hashedArchiveFields } from "../../../server/archive/archiveChain";
import { hashArchiveRecord } from "../../../server/archive/archiveHash";
import { useAuditKey } from "../../../server/audit/auditKey";
import { hashedAuditFields } from "../../../server/audit/auditLog";
import { ArchiveRecord, type ArchiveRecordFields } from "../../../server/models/ArchiveRecord";
import { AuditEntry, type AuditEntryFields } from "../../../server/models/AuditEntry";

/** Every stored field is covered by the hash: a field added later without hashing fails here. */
describe("what the chains hash", () => {
  const stored = (schema: typeof ArchiveRecord.schema) => Object.keys(schema.paths).filter((p) => !["_id", "__v", "hash"].includes(p)).sort();

  const record: ArchiveRecordFields = {
    v: 2, seq: 1, number: "BNL-2026-001", year: 2026, kind: "decision", sourceKey: "decision:1", amends: null, meetingId: "m", meetingTitle: "Meeting",
    meetingDate: new Date("2026-03-14T09:30:00Z"), itemTitle: "Item", text: "Text", outcome: "adopted", method: "consensus", votes: "null",
    victimNoteKind: "considered", victimNote: "Note", tags: [], recordedBy: "Chair", recordedById: null, archivedAt: new Date("2026-03-20T10:00:00Z"),
    archivedBy: "Secretariat", archivedById: null, reason: "", prevHash: "0".repeat(64), hash: "",
  } as ArchiveRecordFields;

  it("covers every field of an archive record, year included", () => {
    expect(Object.keys(hashedArchiveFields(record)).sort()).to.deep.equal(stored(ArchiveRecord.schema));
    useAuditKey("a test key that is long enough for the audit chain");
    const base = hashArchiveRecord(hashedArchiveFields(record));
    for (const [field, value] of Object.entries({ year: 2025, text: "Other", tags: ["shelter_and_care"], reason: "x", archivedById: "u" })) {
      expect(hashArchiveRecord(hashedArchiveFields({ ...record, [field]: value } as ArchiveRecordFields)), field).to.not.equal(base);
    }
  });

  it("covers every field of an audit entry", () => {
    const entry = { v: 2, seq: 1, at: new Date(), actorId: null, actorLabel: null, action: "a", targetType: null, targetId: null, targetLabel: null, ip: "", result: "success", details: "{}", prevHash: "", hash: "" } as AuditEntryFields;
    expect(Object.keys(hashedAuditFields(entry)).sort()).to.deep.equal(stored(AuditEntry.schema as unknown as typeof ArchiveRecord.schema));
  });
});
