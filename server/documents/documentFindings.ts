import { accountNameKeys } from "../../shared/personalData/accountNames";
import type { PresentedFinding } from "../../shared/types";
import { Meeting } from "../models/Meeting";
import { User } from "../models/User";
import { personalDataFindings } from "./personalDataFindings";

/** Whether the document is a meeting's minutes (few meetings: the scan is cheap, and FerretDB pushes no other filter down anyway). */
export async function isMinutesDocument(documentId: string): Promise<boolean> {
  return (await Meeting.exists({ minutesDocumentId: documentId })) !== null;
}

/** The person_name keys of every account of the workspace: its members, chairs, secretariat and observers are not victims. */
export async function workspaceNameKeys(): Promise<Set<string>> {
  const users = await User.find({}, { name: 1 }).lean();
  return new Set(users.flatMap((user) => accountNameKeys(user.name ?? "")));
}

/**
 * The personal-data findings of a document's text, each marked `exempt` where it does not count.
 * Minutes name the people who took part, by design: in a meeting's minutes (only there) a
 * person_name finding that is an account's full name, or its initial and surname, is exempt. Every
 * other name, a surname on its own, and every other kind still count, with the usual acknowledgements.
 */
export async function markedFindings(record: FindingsRecord, text: string): Promise<PresentedFinding[]> {
  const findings = personalDataFindings(text, record);
  if (!findings.some((f) => f.kind === "person_name") || !(await isMinutesDocument(record.id))) return findings;
  const own = await workspaceNameKeys();
  return findings.map((f) => (f.kind === "person_name" && own.has(f.key) ? { ...f, exempt: "account_name" as const } : f));
}

/** The findings that count, as publication, export, acknowledgement and sign-off see them. */
export async function documentFindings(record: FindingsRecord, text: string): Promise<PresentedFinding[]> {
  return (await markedFindings(record, text)).filter((f) => !f.exempt);
}

type FindingsRecord = { id: string; acknowledgements: Parameters<typeof personalDataFindings>[1]["acknowledgements"] };
