import { DocumentModel } from "../../server/models/Document";
import type { DemoDirectory } from "./demoDirectory";

/** Which directory organisations each demo good-practice document's "contact point" section points at (their function-based entries). */
const LINKS: Array<{ title: string; organisations: string[] }> = [
  { title: "Gezamenlijke arbeidsinspecties in de glastuinbouw (NL/BE)", organisations: ["nla", "tsw"] },
  { title: "Orientation transfrontalière vers un refuge : procédure Belgique – Luxembourg", organisations: ["payoke", "savteh"] },
];

/** Runs after the documents and the directory are seeded: the references need both. */
export async function linkDocumentContactPoints(directory: DemoDirectory): Promise<void> {
  for (const link of LINKS) {
    const ids = link.organisations.flatMap((key) => {
      const organisationId = directory.organisations.get(key)?.id;
      const entry = directory.contactPoints.find((c) => c.organisationId === organisationId && c.kind === "function");
      return entry ? [entry.id as string] : [];
    });
    await DocumentModel.updateOne({ title: link.title, template: "good_practice" }, { $set: { contactPointIds: ids } });
  }
}
