import { zipSync } from "fflate";
import type { Language } from "../../shared/languages";
import type { RegistrationFields } from "../models/TrainingRegistration";
import { certificatePdf } from "./certificate";
import type { TrainingRow } from "./trainingStore";

/** "Sophie Muller" → "sophie-muller"; letters of any script kept, the rest a dash (safe inside a zip). */
const slug = (name: string) => name.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "participant";

/**
 * The certificates of everyone marked attended, each in its participant's language, as one zip of
 * PDFs (one file per person, numbered in name order so two people with one name stay apart).
 */
export async function certificatesZip(training: TrainingRow, attended: ReadonlyArray<Pick<RegistrationFields, "name" | "language">>): Promise<Buffer> {
  const sorted = [...attended].sort((a, b) => a.name.localeCompare(b.name));
  const files: Record<string, Uint8Array> = {};
  for (const [i, participant] of sorted.entries()) {
    const pdf = await certificatePdf(training, { name: participant.name, language: participant.language as Language });
    files[`${String(i + 1).padStart(3, "0")}-${slug(participant.name)} (INTERNAL).pdf`] = new Uint8Array(pdf);
  }
  // PDFs are compressed already: stored, not deflated again.
  return Buffer.from(zipSync(files, { level: 0 }));
}
