/** The quarantine of document changes that could not be applied (administration, secretariat). */
export const quarantineEn = {
  "nav.quarantine": "Quarantine",
  "quarantine.title": "Quarantined changes",
  "quarantine.intro":
    "Stored changes to documents that could not be applied. Each document opened without them; they are kept here, unchanged, so they can be investigated. Every one is also in the audit log.",
  "quarantine.advice": "A change sent by a person may come from a damaged or tampered browser copy: ask them to reload the document before editing again.",
  "quarantine.none": "Nothing is in quarantine. Every stored change could be applied.",
  "quarantine.shown": "Shown: {count}, newest first",
  "quarantine.document": "Document",
  "quarantine.unknownDocument": "Document no longer exists",
  "quarantine.kind": "What",
  "quarantine.kind.update": "A change",
  "quarantine.kind.snapshot": "The saved state",
  "quarantine.kind.pending": "Parts waiting for changes that never arrived",
  "quarantine.seq": "Change no.",
  "quarantine.size": "Size",
  "quarantine.bytes": "{count} bytes",
  "quarantine.sentBy": "Sent by",
  "quarantine.unknownSender": "Not known",
  "quarantine.storedAt": "Stored",
  "quarantine.quarantinedAt": "Moved aside",
  "quarantine.error": "Why it failed",
} as const;
