import { LEGACY_TYPE_TO_DISCIPLINE } from "../../shared/directory";
import { Organisation } from "../models/Organisation";
import { foldForSearch } from "./searchText";

/**
 * Organisations written before the directory have a `type` (police, prosecution_justice…) and no
 * `discipline`. At start-up each gets the discipline its type maps to, and its search text. Safe to
 * run any number of times, by several servers at once and after a crash: every record is one
 * single-document update that only applies while `discipline` is still missing, and the old `type`
 * is left in place (nothing is lost; an older server can still read the record).
 */
export async function migrateOrganisationDisciplines(): Promise<number> {
  const pending = await Organisation.collection
    .find({ discipline: { $exists: false } }, { projection: { _id: 1, type: 1, name: 1, officialNames: 1 } })
    .toArray();
  let migrated = 0;
  for (const record of pending) {
    const discipline = LEGACY_TYPE_TO_DISCIPLINE[String(record.type)] ?? "other";
    const names = (record.officialNames ?? {}) as { nl?: string; fr?: string; en?: string };
    const result = await Organisation.collection.updateOne(
      { _id: record._id, discipline: { $exists: false } },
      { $set: { discipline, searchText: foldForSearch(String(record.name ?? ""), names.nl, names.fr, names.en) } },
    );
    migrated += result.modifiedCount;
  }
  return migrated;
}
