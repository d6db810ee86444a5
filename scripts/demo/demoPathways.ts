/**
 * The demo's referral pathways: the three national referral mechanisms, simplified but in their real
 * order, and two cross-border pathways (identified in Antwerp, labour exploitation in Luxembourg;
 * identified in Rotterdam, residing in Belgium). Steps point at the demo directory's contact points.
 * Demo content: check the official procedures before relying on it.
 */
import { pathwayCreateSchema, type PathwayCreateInput } from "../../shared/schemas/pathways";
import pathwayCreator from "../../server/commands/pathwayCreator";
import type { DirectoryActor } from "../../server/directory/directoryActor";
import type { ContactPointDocument } from "../../server/models/ContactPoint";
import type { OrganisationDocument } from "../../server/models/Organisation";
import type { UserDocument } from "../../server/models/User";
import type { DemoDirectory } from "./demoDirectory";

function finder(directory: DemoDirectory) {
  return (organisation: string, kind: "function" | "person" = "function"): string[] => {
    const org: OrganisationDocument | undefined = directory.organisations.get(organisation);
    const found = directory.contactPoints.find((c: ContactPointDocument) => c.organisationId === org?.id && c.kind === kind);
    return found ? [found.id] : [];
  };
}

/** A step; the schema fills in what is left out (and checks the demo like any input). */
const step = <T extends { title: string }>(fields: T) => fields;

export async function seedPathways(people: Map<string, UserDocument>, directory: DemoDirectory, now = new Date()): Promise<void> {
  const secretariat = people.get("secretariat")!;
  const actor: DirectoryActor = { id: secretariat.id, name: secretariat.name, role: "secretariat", active: true, organisationId: null, directoryPeopleUntil: null, ip: "" };
  const cp = finder(directory);
  const chair = people.get("chair");

  const pathways: PathwayCreateInput[] = [
    {
      kind: "national", country: "BE", language: "nl", editorIds: [],
      title: "België: nationaal verwijzingsmechanisme",
      summary: "Multidisciplinaire aanpak (omzendbrief): de eerstelijnsdiensten melden aan de referentiemagistraat en verwijzen naar een van de drie erkende gespecialiseerde centra.",
      steps: [
        step({ stage: "detection", title: "Signalen herkennen", description: "Politie, sociale en arbeidsinspectie of een hulpverlener merkt indicatoren van mensenhandel op.", actors: "Lokale en federale politie, TSW, RSZ-inspectie", contactPointIds: [...cp("tsw"), ...cp("rsz")] }),
        step({ stage: "first_contact", title: "Eerste contact en melding", description: "De dienst die detecteert, licht de referentiemagistraat mensenhandel van het parket in en contacteert de politie.", actors: "Politie, parket", information: "Plaats en datum, sector, vermoedelijke uitbuiting, taal van de persoon (geen identiteitsgegevens per gewone e-mail).", contactPointIds: [...cp("parquet-antwerp"), ...cp("djsoc")] }),
        step({ stage: "referral_to_specialised_centre", title: "Doorverwijzing naar een gespecialiseerd centrum", description: "Payoke (Vlaanderen), Pag-Asa (Brussel) of Sürya (Wallonië) neemt de begeleiding en opvang op zich.", actors: "Payoke, Pag-Asa, Sürya", contactPointIds: [...cp("payoke"), ...cp("pag-asa"), ...cp("surya")] }),
        step({ stage: "reflection_period", title: "Bedenktijd van 45 dagen", description: "Op vraag van het centrum geeft de Dienst Vreemdelingenzaken een bevel om het grondgebied te verlaten met 45 dagen: tijd om tot rust te komen en te beslissen over medewerking.", actors: "Dienst Vreemdelingenzaken, gespecialiseerd centrum", contactPointIds: cp("dvz") }),
        step({ stage: "protection_status", title: "Statuut van slachtoffer", description: "Als de persoon verklaringen aflegt of klacht indient en het contact met de daders verbreekt, kan het statuut van slachtoffer van mensenhandel worden toegekend.", actors: "Parket, gespecialiseerd centrum" }),
        step({ stage: "residence", title: "Tijdelijk verblijf", description: "Attest van immatriculatie (3 maanden), daarna een bewijs van inschrijving (6 maanden, verlengbaar) zolang het onderzoek loopt.", actors: "Dienst Vreemdelingenzaken", contactPointIds: cp("dvz") }),
        step({ stage: "return_or_stay", title: "Definitief verblijf of terugkeer", description: "Onbeperkt verblijf bij veroordeling of als de klacht ernstig werd bevonden; anders een begeleide vrijwillige terugkeer.", actors: "Dienst Vreemdelingenzaken, gespecialiseerd centrum" }),
      ],
    },
    {
      kind: "national", country: "NL", language: "nl", editorIds: chair ? [chair.id] : [],
      title: "Nederland: nationaal verwijzingsmechanisme",
      summary: "Elke ketenpartner meldt een (mogelijk) slachtoffer bij CoMensha, dat registreert en opvang regelt; de verblijfsregeling mensenhandel geeft bedenktijd en tijdelijk verblijf.",
      steps: [
        step({ stage: "detection", title: "Signalering", description: "Politie, KMar, Nederlandse Arbeidsinspectie, gemeente of hulpverlening ziet signalen.", actors: "Politie (AVIM), Nederlandse Arbeidsinspectie", contactPointIds: [...cp("avim"), ...cp("nla")] }),
        step({ stage: "first_contact", title: "Melding bij CoMensha", description: "Elk mogelijk slachtoffer wordt aangemeld bij CoMensha; de politie biedt bedenktijd aan.", actors: "Politie, CoMensha", contactPointIds: cp("comensha") }),
        step({ stage: "referral_to_specialised_centre", title: "Opvang", description: "CoMensha zoekt een plaats in de categorale opvang (COSM) of bij een gespecialiseerde organisatie.", actors: "CoMensha, opvangorganisaties", contactPointIds: [...cp("comensha", "person"), ...cp("fier")] }),
        step({ stage: "reflection_period", title: "Bedenktijd van drie maanden", description: "Tijd om te herstellen en te beslissen over aangifte; tijdens de bedenktijd is verwijdering opgeschort.", actors: "Politie, IND", contactPointIds: cp("ind") }),
        step({ stage: "protection_status", title: "Aangifte of medewerking", description: "Na aangifte of medewerking aan het onderzoek start de strafrechtelijke procedure.", actors: "Politie, Openbaar Ministerie", contactPointIds: cp("om") }),
        step({ stage: "residence", title: "Tijdelijke verblijfsvergunning", description: "Verblijfsvergunning mensenhandel zolang het strafproces loopt.", actors: "IND", contactPointIds: cp("ind") }),
        step({ stage: "return_or_stay", title: "Voortgezet verblijf of terugkeer", description: "Voortgezet verblijf na veroordeling of na drie jaar; anders terugkeer met ondersteuning.", actors: "IND, terugkeerorganisaties" }),
      ],
    },
    {
      kind: "national", country: "LU", language: "fr", editorIds: [],
      title: "Luxembourg : mécanisme national d'orientation",
      summary: "La police grand-ducale identifie les victimes ; les services d'assistance agréés les accompagnent ; la Direction de l'immigration accorde délai de réflexion et titre de séjour.",
      steps: [
        step({ stage: "detection", title: "Détection", description: "Police, ITM, services sociaux ou associations repèrent des indices de traite.", actors: "Police grand-ducale, ITM", contactPointIds: cp("itm") }),
        step({ stage: "first_contact", title: "Identification par la police", description: "La section traite des êtres humains de la police judiciaire procède à l'identification formelle et informe le parquet.", actors: "Police grand-ducale, parquet", contactPointIds: [...cp("pgd"), ...cp("parquet-lux")] }),
        step({ stage: "referral_to_specialised_centre", title: "Orientation vers un service d'assistance", description: "SAVTEH ou COTEH prend en charge l'accompagnement, l'hébergement et l'assistance juridique.", actors: "SAVTEH, COTEH", contactPointIds: cp("savteh") }),
        step({ stage: "reflection_period", title: "Délai de réflexion de 90 jours", description: "La victime ne peut être éloignée pendant 90 jours pour se rétablir et décider de coopérer.", actors: "Direction générale de l'immigration", contactPointIds: cp("immigration-lu") }),
        step({ stage: "protection_status", title: "Coopération avec les autorités", description: "Si la victime coopère et a rompu avec les auteurs, elle bénéficie de la protection prévue par la loi.", actors: "Parquet, police" }),
        step({ stage: "residence", title: "Titre de séjour", description: "Titre de séjour de six mois, renouvelable pendant la procédure.", actors: "Direction générale de l'immigration", contactPointIds: cp("immigration-lu") }),
        step({ stage: "return_or_stay", title: "Séjour de longue durée ou retour", description: "Séjour prolongé à l'issue de la procédure, ou retour volontaire accompagné.", actors: "Direction générale de l'immigration, service d'assistance" }),
      ],
    },
    {
      kind: "cross_border", fromCountry: "BE", toCountry: "LU", situation: "exploited", exploitation: ["labour_exploitation"], language: "en", editorIds: [],
      title: "Identified in Antwerp, labour exploitation in Luxembourg",
      summary: "A possible victim found in Belgium (e.g. during an inspection in Antwerp) who was exploited on a work site in Luxembourg. Belgium protects and shelters; Luxembourg investigates where the exploitation took place.",
      steps: [
        step({ title: "Secure and refer in Belgium first", description: "Call Payoke's on-call line for shelter and inform the reference magistrate in Antwerp. The Belgian reflection period applies.", actors: "Inspection or police in Antwerp, Payoke, Parket Antwerpen", information: "Where and when the person was found; that the exploitation took place in Luxembourg; language spoken; urgent needs. No identity data by ordinary e-mail.", languages: ["nl", "fr", "en"], contactPointIds: [...cp("payoke"), ...cp("parquet-antwerp")] }),
        step({ title: "Call the Luxembourg police trafficking section", description: "First call across the border: the Police Grand-Ducale section opens the investigation in Luxembourg. Go through DJSOC for the formal police channel.", actors: "DJSOC (Benelux liaison), Police Grand-Ducale", information: "Employer or work site (address, company name), period of work, conditions, other workers possibly concerned.", languages: ["fr", "de", "en"], contactPointIds: [...cp("djsoc", "person"), ...cp("pgd"), ...cp("pgd", "person")] }),
        step({ title: "Inform the Luxembourg labour inspectorate", description: "ITM checks the work site and other workers; coordinate the timing with the police.", actors: "ITM", information: "Sector, site address, subcontracting chain, posting documents if any.", languages: ["fr", "de", "pt"], contactPointIds: cp("itm") }),
        step({ title: "Agree who assists the victim", description: "If the person moves to Luxembourg (e.g. for hearings), SAVTEH takes over the assistance; otherwise Payoke keeps it and SAVTEH advises on Luxembourg procedures.", actors: "Payoke, SAVTEH", languages: ["fr", "en"], contactPointIds: [...cp("payoke", "person"), ...cp("savteh")] }),
      ],
    },
    {
      kind: "cross_border", fromCountry: "NL", toCountry: "BE", situation: "residing", exploitation: ["sexual_exploitation", "forced_criminality"], language: "en", editorIds: [],
      title: "Identified in Rotterdam, residing in Belgium",
      summary: "A possible victim identified by the Rotterdam police who lives in Belgium. The Netherlands registers and protects now; the Belgian mechanism takes over if the person returns to Belgium.",
      steps: [
        step({ title: "Register with CoMensha", description: "As for every possible victim in the Netherlands: report to CoMensha, offer the reflection period.", actors: "Police (AVIM Rotterdam), CoMensha", information: "Indicators observed, where the person lives in Belgium, language, immediate risks.", languages: ["nl", "en"], contactPointIds: [...cp("avim"), ...cp("comensha")] }),
        step({ title: "Contact the Belgian specialised centre of the place of residence", description: "Payoke, Pag-Asa or Sürya depending on the region; they prepare shelter and the Belgian procedure.", actors: "CoMensha, Payoke / Pag-Asa / Sürya", information: "Municipality of residence in Belgium, whether the person wants to go back, dates.", languages: ["nl", "fr", "en"], contactPointIds: [...cp("payoke"), ...cp("pag-asa"), ...cp("surya")] }),
        step({ title: "Police-to-police information", description: "AVIM informs DJSOC so that the Belgian investigation can be linked; the public prosecutors coordinate.", actors: "AVIM, DJSOC, Openbaar Ministerie, Belgian parquet", languages: ["nl", "en"], contactPointIds: [...cp("djsoc"), ...cp("om")] }),
        step({ title: "Residence and status", description: "If the person moves back to Belgium, the Belgian Immigration Office handles the status; the Dutch reflection period ends.", actors: "Dienst Vreemdelingenzaken, IND", languages: ["nl", "fr"], contactPointIds: [...cp("dvz"), ...cp("ind")] }),
      ],
    },
  ];
  for (const input of pathways) await pathwayCreator({ actor, input: pathwayCreateSchema.parse(input), now });
}
