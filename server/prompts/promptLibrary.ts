import { VictimPrompt } from "../models/VictimPrompt";
import { SEED_PROMPTS } from "./seedPrompts";

/**
 * Adds the seed prompts the first time the library is used on a database. Prompts are never deleted
 * (only made inactive), so an empty collection means "never seeded"; the unique key makes a race
 * between two first requests harmless.
 */
export async function ensurePromptLibrary(): Promise<void> {
  if ((await VictimPrompt.estimatedDocumentCount()) > 0) return;
  const documents = SEED_PROMPTS.map((p) => ({ key: p.key, tags: p.tags, text: { nl: p.nl, fr: p.fr, en: p.en }, active: true }));
  await VictimPrompt.insertMany(documents, { ordered: false }).catch((error: { code?: number; writeErrors?: unknown[] }) => {
    const duplicates = error.code === 11000 || (Array.isArray(error.writeErrors) && error.writeErrors.length > 0);
    if (!duplicates) throw error;
  });
}
