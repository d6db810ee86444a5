import { organisationDiscipline } from "../models/Organisation";
import { labelsFor } from "../documents/exporters/labels";
import { directoryLabels } from "./directoryLabels";
import { exportedMobile, type ExportEntry, type ExportSet } from "./exportSet";
import { list, structured, text, vcard, type VcardProperty } from "./vcard";

/** Particles that belong to the family name in Dutch, French and Luxembourgish names ("Jan de Vries"). */
const PARTICLES = new Set(["de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "le", "la", "du", "des", "d'", "von", "vom", "zu"]);

/** "Eva van den Berg" → family "van den Berg", given "Eva": phones sort by the family name. */
export function splitName(fullName: string): { family: string; given: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { family: words[0] ?? "", given: "" };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return { family: words.slice(start).join(" "), given: words.slice(0, start).join(" ") };
}

/** One contact point as a vCard 3.0 for a phone's address book, in the reader's language. */
export function contactPointVcard(entry: ExportEntry, set: ExportSet, language: string): string {
  const labels = directoryLabels(language);
  const exportLabels = labelsFor(language);
  const organisation = set.organisations.get(entry.organisationId);
  const orgName = organisation?.name ?? "";
  const person = entry.kind === "person" && entry.name;
  const properties: VcardProperty[] = [{ name: "PRODID", value: text("-//Greychair//Benelux contact points//EN") }, { name: "UID", value: text(`greychair-contact-point-${String(entry._id)}`) }];
  if (person) {
    const { family, given } = splitName(entry.name!);
    properties.push({ name: "FN", value: text(entry.name!) }, { name: "N", value: structured(family, given, "", "", "") }, { name: "TITLE", value: text(entry.function) });
    properties.push({ name: "ORG", value: structured(orgName) });
  } else {
    // A function shows as a company card (Apple's X-ABShowAs), named by its function.
    properties.push({ name: "FN", value: text(`${entry.function} — ${orgName}`) }, { name: "N", value: structured("", "", "", "", "") });
    properties.push({ name: "ORG", value: structured(orgName, entry.function) }, { name: "X-ABSHOWAS", value: "COMPANY" });
  }
  const channels = entry.channels;
  if (channels?.phone) properties.push({ name: "TEL", params: ["TYPE=WORK,VOICE"], value: text(channels.phone) });
  const mobile = exportedMobile(entry, set);
  if (mobile) properties.push({ name: "TEL", params: ["TYPE=CELL"], value: text(mobile) });
  if (organisation?.channels?.switchboard) {
    properties.push({ group: "item1", name: "TEL", params: ["TYPE=WORK"], value: text(organisation.channels.switchboard) }, { group: "item1", name: "X-ABLABEL", value: text(labels.switchboard) });
  }
  if (channels?.email) properties.push({ name: "EMAIL", params: ["TYPE=INTERNET,WORK"], value: text(channels.email) });
  if (channels?.secureEmail) {
    properties.push({ group: "item2", name: "EMAIL", params: ["TYPE=INTERNET,WORK"], value: text(channels.secureEmail) }, { group: "item2", name: "X-ABLABEL", value: text(labels.secureEmail) });
  }
  const address = organisation?.address;
  if (address && (address.street || address.city)) {
    const country = exportLabels.countryNames[organisation!.country] ?? organisation!.country;
    properties.push({ name: "ADR", params: ["TYPE=WORK"], value: structured("", "", address.street ?? "", address.city ?? "", "", address.postalCode ?? "", country) });
  }
  if (organisation?.website) properties.push({ name: "URL", value: text(organisation.website) });
  const verifiedBy = entry.verifiedBy ? set.people.get(entry.verifiedBy) : undefined;
  const note = [
    channels?.hours ? `${labels.hours}${labels.colon}${channels.hours}` : "",
    entry.languages?.length ? `${labels.languages}${labels.colon}${entry.languages.join(", ")}` : "",
    entry.notes ?? "",
    `${labels.lastVerified}${labels.colon}${entry.verifiedAt.toISOString().slice(0, 10)}${verifiedBy ? ` (${verifiedBy})` : ""}`,
    exportLabels.markings.internal,
  ].filter(Boolean);
  properties.push({ name: "NOTE", value: text(note.join("\n")) });
  const discipline = organisation ? labels.disciplines[organisationDiscipline(organisation)] : "";
  properties.push({ name: "CATEGORIES", value: list("Greychair", ...[discipline, ...(entry.tags ?? []).map((tag) => labels.tagNames[tag as keyof typeof labels.tagNames] ?? tag)].filter(Boolean)) });
  properties.push({ name: "REV", value: entry.verifiedAt.toISOString().replace(/\.\d{3}Z$/, "Z") });
  return vcard(properties);
}

/** Every entry of the set, one card after another (what phones import as a batch). */
export const directoryVcards = (set: ExportSet, language: string) => set.entries.map((entry) => contactPointVcard(entry, set, language)).join("");
