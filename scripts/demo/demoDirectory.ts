/**
 * A plausible, fictional directory for the demo: real kinds of institutions and the public names of
 * public bodies and of the specialised centres, but no real people, phone numbers or e-mail addresses.
 *
 * - E-mail addresses and websites use the reserved `.example` top-level domain (RFC 2606).
 * - Belgium, the Netherlands and Luxembourg publish no telephone ranges for fiction that we could find,
 *   so every number is from Ofcom's ranges reserved for drama (UK, never assigned): fixed lines
 *   +44 20 7946 0000–0999, mobiles +44 7700 900000–900999.
 * - Addresses are fictional streets in the right cities.
 */
import type { ContactTag, DirectoryLanguage, Discipline } from "../../shared/directory";
import type { Country } from "../../shared/domain";
import { addMonths, nextVerificationDate } from "../../server/directory/freshness";
import { ContactPoint, type ContactPointDocument } from "../../server/models/ContactPoint";
import { Organisation, type OrganisationDocument } from "../../server/models/Organisation";
import type { UserDocument } from "../../server/models/User";

const fixed = (n: number) => `+44 20 7946 0${String(n).padStart(3, "0")}`;
const mobile = (n: number) => `+44 7700 900${String(n).padStart(3, "0")}`;

interface DemoOrganisation {
  key: string;
  name: string;
  discipline: Discipline;
  country: Country;
  names: [nl: string, fr: string, en: string];
  city: string;
  street: string;
  postalCode: string;
  domain: string;
  languages: DirectoryLanguage[];
  switchboard: number;
  hours: string;
  available24x7?: boolean;
}

const ORGANISATIONS: DemoOrganisation[] = [
  { key: "djsoc", name: "Federale Politie — DJSOC", discipline: "police", country: "BE", names: ["Federale Politie — Directie bestrijding zware en georganiseerde criminaliteit", "Police fédérale — Direction de la lutte contre la criminalité grave et organisée", "Federal Police — Directorate for Serious and Organised Crime"], city: "Brussel", street: "Voorbeeldlaan 10", postalCode: "1000", domain: "djsoc.politie.example", languages: ["nl", "fr", "en", "de"], switchboard: 100, hours: "24/7", available24x7: true },
  { key: "parquet-antwerp", name: "Parket Antwerpen", discipline: "public_prosecution", country: "BE", names: ["Parket van de procureur des Konings Antwerpen", "Parquet du procureur du Roi d'Anvers", "Public Prosecutor's Office, Antwerp"], city: "Antwerpen", street: "Gerechtsplein 1", postalCode: "2000", domain: "parket-antwerpen.example", languages: ["nl", "fr", "en"], switchboard: 101, hours: "ma–vr 8.30–17.00" },
  { key: "tsw", name: "Toezicht op de Sociale Wetten", discipline: "labour_inspection", country: "BE", names: ["FOD WASO — Toezicht op de Sociale Wetten", "SPF ETCS — Contrôle des lois sociales", "FPS Employment — Inspection of Social Laws"], city: "Brussel", street: "Voorbeeldstraat 5", postalCode: "1070", domain: "tsw.werk.example", languages: ["nl", "fr", "de"], switchboard: 102, hours: "ma–vr 8.00–16.30" },
  { key: "rsz", name: "RSZ — Sociale Inspectie", discipline: "social_inspection", country: "BE", names: ["Rijksdienst voor Sociale Zekerheid — Inspectie", "ONSS — Inspection sociale", "National Social Security Office — Inspection"], city: "Brussel", street: "Voorbeeldplein 3", postalCode: "1060", domain: "inspectie.rsz.example", languages: ["nl", "fr"], switchboard: 103, hours: "ma–vr 8.00–16.00" },
  { key: "payoke", name: "Payoke", discipline: "specialised_victim_centre", country: "BE", names: ["Payoke — gespecialiseerd centrum voor slachtoffers van mensenhandel", "Payoke — centre spécialisé pour victimes de la traite", "Payoke — specialised centre for victims of trafficking"], city: "Antwerpen", street: "Opvangstraat 4", postalCode: "2000", domain: "payoke.example", languages: ["nl", "fr", "en", "es", "ro", "bg"], switchboard: 104, hours: "24/7 (permanentie)", available24x7: true },
  { key: "pag-asa", name: "Pag-Asa", discipline: "specialised_victim_centre", country: "BE", names: ["Pag-Asa — gespecialiseerd centrum", "Pag-Asa — centre spécialisé", "Pag-Asa — specialised centre"], city: "Bruxelles", street: "Rue de l'Exemple 20", postalCode: "1000", domain: "pag-asa.example", languages: ["fr", "nl", "en", "ar", "pt"], switchboard: 105, hours: "24/7 (permanence)", available24x7: true },
  { key: "surya", name: "Sürya", discipline: "specialised_victim_centre", country: "BE", names: ["Sürya — gespecialiseerd centrum", "Sürya — centre spécialisé", "Sürya — specialised centre"], city: "Liège", street: "Rue de l'Exemple 7", postalCode: "4000", domain: "surya.example", languages: ["fr", "en", "ar", "ru"], switchboard: 106, hours: "24/7 (permanence)", available24x7: true },
  { key: "dvz", name: "Dienst Vreemdelingenzaken", discipline: "immigration", country: "BE", names: ["Dienst Vreemdelingenzaken", "Office des étrangers", "Immigration Office"], city: "Brussel", street: "Voorbeeldboulevard 30", postalCode: "1000", domain: "dofi.example", languages: ["nl", "fr", "en"], switchboard: 107, hours: "ma–vr 9.00–16.00" },
  { key: "myria", name: "Myria", discipline: "national_rapporteur", country: "BE", names: ["Myria — Federaal Migratiecentrum", "Myria — Centre fédéral Migration", "Myria — Federal Migration Centre"], city: "Brussel", street: "Voorbeeldstraat 138", postalCode: "1000", domain: "myria.example", languages: ["nl", "fr", "en"], switchboard: 108, hours: "ma–vr 9.00–17.00" },
  { key: "comensha", name: "CoMensha", discipline: "nrm_coordinator", country: "NL", names: ["CoMensha — Coördinatiecentrum tegen Mensenhandel", "CoMensha — Centre de coordination contre la traite", "CoMensha — Coordination Centre against Trafficking"], city: "Utrecht", street: "Voorbeeldsingel 12", postalCode: "3511 AA", domain: "comensha.example", languages: ["nl", "en", "fr"], switchboard: 109, hours: "ma–vr 9.00–17.00; buiten kantoortijd via de politie" },
  { key: "avim", name: "Nationale Politie — AVIM Rotterdam", discipline: "police", country: "NL", names: ["Politie eenheid Rotterdam — Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel", "Police nationale, unité de Rotterdam — Traite des êtres humains", "National Police, Rotterdam unit — Aliens, Identification and Trafficking"], city: "Rotterdam", street: "Voorbeeldkade 50", postalCode: "3011 AB", domain: "avim.politie.example", languages: ["nl", "en"], switchboard: 110, hours: "24/7", available24x7: true },
  { key: "om", name: "Openbaar Ministerie — Landelijk Parket", discipline: "public_prosecution", country: "NL", names: ["Openbaar Ministerie — Landelijk Parket", "Ministère public néerlandais — Parquet national", "Netherlands Public Prosecution Service — National Office"], city: "Rotterdam", street: "Voorbeeldweg 2", postalCode: "3072 AP", domain: "om.example", languages: ["nl", "en"], switchboard: 111, hours: "ma–vr 8.30–17.00" },
  { key: "nla", name: "Nederlandse Arbeidsinspectie", discipline: "labour_inspection", country: "NL", names: ["Nederlandse Arbeidsinspectie — Directie Opsporing", "Inspection néerlandaise du travail", "Netherlands Labour Authority"], city: "Utrecht", street: "Voorbeeldplein 1", postalCode: "3521 AL", domain: "arbeidsinspectie.example", languages: ["nl", "en", "pl", "ro", "bg"], switchboard: 112, hours: "ma–vr 8.30–17.00" },
  { key: "ind", name: "IND", discipline: "immigration", country: "NL", names: ["Immigratie- en Naturalisatiedienst", "Service de l'immigration et de la naturalisation", "Immigration and Naturalisation Service"], city: "Rijswijk", street: "Voorbeeldlaan 4", postalCode: "2288 GH", domain: "ind.example", languages: ["nl", "en"], switchboard: 113, hours: "ma–vr 9.00–17.00" },
  { key: "rapporteur-nl", name: "Nationaal Rapporteur Mensenhandel", discipline: "national_rapporteur", country: "NL", names: ["Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen", "Rapporteur national sur la traite des êtres humains", "National Rapporteur on Trafficking in Human Beings"], city: "Den Haag", street: "Voorbeeldstraat 9", postalCode: "2511 BA", domain: "nationaalrapporteur.example", languages: ["nl", "en"], switchboard: 114, hours: "ma–vr 9.00–17.00" },
  { key: "fier", name: "Fier", discipline: "shelter_ngo", country: "NL", names: ["Fier — expertise- en behandelcentrum", "Fier — centre d'expertise et de traitement", "Fier — expertise and treatment centre"], city: "Leeuwarden", street: "Voorbeeldpad 3", postalCode: "8911 AA", domain: "fier.example", languages: ["nl", "en"], switchboard: 115, hours: "24/7", available24x7: true },
  { key: "pgd", name: "Police Grand-Ducale", discipline: "police", country: "LU", names: ["Groothertogelijke Politie — Sectie mensenhandel", "Police grand-ducale — Service de police judiciaire, section traite des êtres humains", "Grand Ducal Police — Trafficking section"], city: "Luxembourg", street: "Rue de l'Exemple 60", postalCode: "L-2957", domain: "police.lu.example", languages: ["fr", "de", "lb", "en", "pt"], switchboard: 116, hours: "24/7", available24x7: true },
  { key: "itm", name: "Inspection du travail et des mines", discipline: "labour_inspection", country: "LU", names: ["Inspectie van arbeid en mijnen (ITM)", "Inspection du travail et des mines (ITM)", "Labour and Mines Inspectorate (ITM)"], city: "Strassen", street: "Route de l'Exemple 3", postalCode: "L-8010", domain: "itm.example", languages: ["fr", "de", "lb", "en", "pt"], switchboard: 117, hours: "lun–ven 8h00–17h00" },
  { key: "parquet-lux", name: "Parquet de Luxembourg", discipline: "public_prosecution", country: "LU", names: ["Parket bij de arrondissementsrechtbank Luxemburg", "Parquet près le tribunal d'arrondissement de Luxembourg", "Public Prosecutor's Office, Luxembourg district"], city: "Luxembourg", street: "Cité judiciaire, bâtiment X", postalCode: "L-2080", domain: "justice.lu.example", languages: ["fr", "de", "lb"], switchboard: 118, hours: "lun–ven 8h30–17h00" },
  { key: "immigration-lu", name: "Direction générale de l'immigration", discipline: "immigration", country: "LU", names: ["Directoraat-generaal immigratie", "Ministère des Affaires intérieures — Direction générale de l'immigration", "Directorate-General for Immigration"], city: "Luxembourg", street: "Rue de l'Exemple 26", postalCode: "L-1150", domain: "immigration.lu.example", languages: ["fr", "de", "en"], switchboard: 119, hours: "lun–ven 8h30–16h30" },
  { key: "savteh", name: "SAVTEH", discipline: "specialised_victim_centre", country: "LU", names: ["SAVTEH — hulp aan slachtoffers van mensenhandel", "SAVTEH — Service d'assistance aux victimes de la traite des êtres humains", "SAVTEH — assistance service for victims of trafficking"], city: "Luxembourg", street: "Rue de l'Exemple 12", postalCode: "L-1330", domain: "savteh.example", languages: ["fr", "de", "lb", "en", "pt", "es"], switchboard: 120, hours: "lun–ven 8h30–17h00; astreinte par la police" },
  { key: "ccdh", name: "Commission consultative des droits de l'Homme", discipline: "national_rapporteur", country: "LU", names: ["Raadgevende Commissie voor de Mensenrechten (nationaal rapporteur)", "Commission consultative des droits de l'Homme (rapporteur national)", "Consultative Human Rights Commission (national rapporteur)"], city: "Luxembourg", street: "Boulevard de l'Exemple 65", postalCode: "L-1330", domain: "ccdh.example", languages: ["fr", "de", "en"], switchboard: 121, hours: "lun–ven 9h00–17h00" },
];

type Freshness = "fresh" | "due" | "stale";

interface DemoContactPoint {
  organisation: string;
  kind: "function" | "person";
  name?: string;
  function: string;
  languages: DirectoryLanguage[];
  tags: ContactTag[];
  phone: number;
  mobile?: number;
  mailbox: string;
  secure?: boolean;
  hours?: string;
  notes?: string;
  freshness: Freshness;
  /** A demo person who answers for the entry. */
  linked?: string;
}

const CONTACT_POINTS: DemoContactPoint[] = [
  { organisation: "djsoc", kind: "function", function: "Centrale dienst mensenhandel (DJSOC/THB)", languages: ["nl", "fr", "en"], tags: ["investigation", "identification", "labour_exploitation", "sexual_exploitation"], phone: 200, mailbox: "thb", secure: true, hours: "24/7", freshness: "fresh" },
  { organisation: "djsoc", kind: "person", name: "Pieter Politie", function: "Verbindingsofficier Benelux mensenhandel", languages: ["nl", "fr", "en"], tags: ["investigation", "referral"], phone: 201, mobile: 1, mailbox: "benelux.thb", freshness: "due", linked: "police" },
  { organisation: "djsoc", kind: "person", name: "Annelies Verbeke", function: "Analist arbeidsuitbuiting", languages: ["nl", "en"], tags: ["labour_exploitation", "data_and_reporting"], phone: 202, mobile: 2, mailbox: "analyse.thb", freshness: "stale" },
  { organisation: "parquet-antwerp", kind: "function", function: "Referentiemagistraat mensenhandel", languages: ["nl", "fr"], tags: ["prosecution", "referral", "residence_permits"], phone: 203, mailbox: "mensenhandel", secure: true, hours: "kantooruren; buiten kantooruren via de wachtmagistraat", freshness: "fresh" },
  { organisation: "tsw", kind: "function", function: "Cel mensenhandel — arbeidsuitbuiting", languages: ["nl", "fr", "de"], tags: ["labour_exploitation", "identification"], phone: 204, mailbox: "cel.mensenhandel", freshness: "fresh" },
  { organisation: "rsz", kind: "function", function: "Sociale inspectie — sociale fraude en uitbuiting", languages: ["nl", "fr"], tags: ["labour_exploitation", "identification"], phone: 205, mailbox: "uitbuiting", freshness: "due" },
  { organisation: "payoke", kind: "function", function: "Permanentie onthaal slachtoffers", languages: ["nl", "fr", "en", "ro", "bg"], tags: ["shelter_places", "victim_support", "referral", "legal_assistance"], phone: 206, mailbox: "permanentie", secure: true, hours: "24/7", freshness: "fresh" },
  { organisation: "payoke", kind: "person", name: "Patricia Payoke", function: "Maatschappelijk assistent, grensoverschrijdende dossiers", languages: ["fr", "nl", "en", "es"], tags: ["victim_support", "referral", "return_and_reintegration"], phone: 207, mobile: 3, mailbox: "crossborder", freshness: "fresh", linked: "shelter" },
  { organisation: "pag-asa", kind: "function", function: "Permanence accueil des victimes", languages: ["fr", "nl", "en", "ar"], tags: ["shelter_places", "victim_support", "minors"], phone: 208, mailbox: "permanence", secure: true, hours: "24/7", freshness: "fresh" },
  { organisation: "surya", kind: "function", function: "Permanence accueil des victimes", languages: ["fr", "en", "ru"], tags: ["shelter_places", "victim_support"], phone: 209, mailbox: "accueil", hours: "24/7", freshness: "stale" },
  { organisation: "dvz", kind: "function", function: "Cel Minderjarigen, Slachtoffers mensenhandel", languages: ["nl", "fr", "en"], tags: ["residence_permits", "minors"], phone: 210, mailbox: "mensenhandel", secure: true, hours: "ma–vr 9.00–16.00", freshness: "fresh" },
  { organisation: "myria", kind: "function", function: "Onafhankelijk rapporteur mensenhandel", languages: ["nl", "fr", "en"], tags: ["data_and_reporting"], phone: 211, mailbox: "rapporteur", freshness: "fresh" },
  { organisation: "comensha", kind: "function", function: "Aanmelding en opvangcoördinatie", languages: ["nl", "en"], tags: ["referral", "shelter_places", "data_and_reporting"], phone: 212, mailbox: "aanmelding", secure: true, hours: "ma–vr 9.00–17.00", freshness: "fresh" },
  { organisation: "comensha", kind: "person", name: "Meike de Jong", function: "Coördinator opvangplaatsing", languages: ["nl", "en", "fr"], tags: ["shelter_places", "referral"], phone: 213, mobile: 4, mailbox: "plaatsing", freshness: "due" },
  { organisation: "avim", kind: "function", function: "Team mensenhandel (AVIM)", languages: ["nl", "en"], tags: ["identification", "investigation", "sexual_exploitation", "forced_criminality"], phone: 214, mailbox: "mensenhandel", secure: true, hours: "24/7", freshness: "fresh" },
  { organisation: "avim", kind: "person", name: "Joost van den Berg", function: "Rechercheur grensoverschrijdende zaken", languages: ["nl", "en", "de"], tags: ["investigation", "referral"], phone: 215, mobile: 5, mailbox: "grensoverschrijdend", freshness: "stale" },
  { organisation: "om", kind: "function", function: "Landelijk officier van justitie mensenhandel", languages: ["nl", "en"], tags: ["prosecution", "residence_permits"], phone: 216, mailbox: "mensenhandel", secure: true, freshness: "fresh" },
  { organisation: "nla", kind: "function", function: "Meldpunt arbeidsuitbuiting", languages: ["nl", "en", "pl", "ro", "bg"], tags: ["labour_exploitation", "identification"], phone: 217, mailbox: "arbeidsuitbuiting", hours: "ma–vr 8.30–17.00", freshness: "fresh" },
  { organisation: "nla", kind: "person", name: "Ingrid Inspectie", function: "Senior inspecteur arbeidsuitbuiting", languages: ["nl", "en", "de"], tags: ["labour_exploitation", "investigation"], phone: 218, mobile: 6, mailbox: "i.inspectie", freshness: "stale", linked: "inspection" },
  { organisation: "ind", kind: "function", function: "Unit verblijfsregeling mensenhandel", languages: ["nl", "en"], tags: ["residence_permits"], phone: 219, mailbox: "mensenhandel", freshness: "due" },
  { organisation: "rapporteur-nl", kind: "function", function: "Bureau Nationaal Rapporteur", languages: ["nl", "en"], tags: ["data_and_reporting"], phone: 220, mailbox: "info", freshness: "fresh" },
  { organisation: "fier", kind: "function", function: "Opvang minderjarige slachtoffers", languages: ["nl", "en"], tags: ["shelter_places", "minors", "victim_support"], phone: 221, mailbox: "opvang", hours: "24/7", freshness: "fresh" },
  { organisation: "pgd", kind: "function", function: "Section traite des êtres humains (SPJ)", languages: ["fr", "de", "lb", "en"], tags: ["identification", "investigation", "labour_exploitation", "sexual_exploitation"], phone: 222, mailbox: "traite", secure: true, hours: "24/7", freshness: "fresh" },
  { organisation: "pgd", kind: "person", name: "Luc Lëtzebuerg", function: "Enquêteur, coopération Benelux", languages: ["fr", "de", "lb", "en"], tags: ["investigation", "referral"], phone: 223, mobile: 7, mailbox: "benelux.traite", freshness: "due", linked: "luxembourg" },
  { organisation: "itm", kind: "function", function: "Cellule exploitation par le travail", languages: ["fr", "de", "lb", "pt", "en"], tags: ["labour_exploitation", "identification"], phone: 224, mailbox: "exploitation", secure: true, hours: "lun–ven 8h00–17h00", freshness: "fresh" },
  { organisation: "itm", kind: "person", name: "Sophie Weber", function: "Inspectrice, détachement et chantiers", languages: ["fr", "de", "lb", "pt"], tags: ["labour_exploitation"], phone: 225, mobile: 8, mailbox: "s.weber", freshness: "stale" },
  { organisation: "parquet-lux", kind: "function", function: "Magistrat de référence traite des êtres humains", languages: ["fr", "de"], tags: ["prosecution", "residence_permits"], phone: 226, mailbox: "traite", secure: true, freshness: "fresh" },
  { organisation: "immigration-lu", kind: "function", function: "Service des victimes de la traite (titres de séjour)", languages: ["fr", "de", "en"], tags: ["residence_permits", "return_and_reintegration"], phone: 227, mailbox: "victimes.traite", freshness: "fresh" },
  { organisation: "savteh", kind: "function", function: "Accueil et assistance des victimes", languages: ["fr", "de", "lb", "pt", "en"], tags: ["victim_support", "shelter_places", "legal_assistance"], phone: 228, mailbox: "accueil", secure: true, hours: "lun–ven 8h30–17h00", freshness: "fresh" },
  { organisation: "ccdh", kind: "function", function: "Rapporteur national sur la traite", languages: ["fr", "de", "en"], tags: ["data_and_reporting"], phone: 229, mailbox: "rapporteur", freshness: "due" },
];

/** When an entry was last confirmed: fresh 1–3 months ago, due about 5½ months ago (its date two weeks away), stale 8 months ago. */
function verifiedAtFor(freshness: Freshness, now: Date, index: number): Date {
  if (freshness === "fresh") return addMonths(now, -1 - (index % 3));
  if (freshness === "due") return new Date(addMonths(now, -6).getTime() + 15 * 86_400_000);
  return addMonths(now, -8);
}

export interface DemoDirectory {
  organisations: Map<string, OrganisationDocument>;
  contactPoints: ContactPointDocument[];
}

export async function seedDirectory(people: Map<string, UserDocument>, now = new Date()): Promise<DemoDirectory> {
  const organisations = new Map<string, OrganisationDocument>();
  for (const o of ORGANISATIONS) {
    const organisation = (await Organisation.findOne({ name: o.name, country: o.country })) ?? new Organisation({ name: o.name, country: o.country });
    organisation.set({
      discipline: o.discipline,
      officialNames: { nl: o.names[0], fr: o.names[1], en: o.names[2] },
      address: { street: o.street, postalCode: o.postalCode, city: o.city },
      website: `https://www.${o.domain}`,
      languages: o.languages,
      channels: { switchboard: fixed(o.switchboard), secureMailbox: `secure@${o.domain}`, hours: o.hours, available24x7: o.available24x7 ?? false },
    });
    await organisation.save();
    organisations.set(o.key, organisation);
  }
  const secretariat = people.get("secretariat");
  const contactPoints: ContactPointDocument[] = [];
  for (const [index, c] of CONTACT_POINTS.entries()) {
    const organisation = organisations.get(c.organisation)!;
    const domain = ORGANISATIONS.find((o) => o.key === c.organisation)!.domain;
    const verifiedAt = verifiedAtFor(c.freshness, now, index);
    const linked = c.linked ? people.get(c.linked) : undefined;
    contactPoints.push(
      await ContactPoint.create({
        organisationId: organisation.id,
        country: organisation.country,
        kind: c.kind,
        name: c.name ?? "",
        function: c.function,
        languages: c.languages,
        tags: c.tags,
        channels: { phone: fixed(c.phone), mobile: c.mobile ? mobile(c.mobile) : "", email: `${c.mailbox}@${domain}`, secureEmail: c.secure ? `${c.mailbox}@secure.${domain}` : "", hours: c.hours ?? "" },
        notes: c.notes ?? "",
        linkedUserId: linked?.id ?? null,
        verifiedAt,
        verifiedBy: linked?.id ?? secretariat?.id ?? null,
        nextVerificationAt: nextVerificationDate(verifiedAt),
        createdBy: secretariat?.id ?? null,
      }),
    );
  }
  return { organisations, contactPoints };
}
