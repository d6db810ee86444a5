import type { JSONContent } from "@tiptap/core";
import { findPersonalData } from "../../shared/personalData";
import { createDocumentSchema } from "../../shared/schemas/documents";
import documentCreator from "../../server/commands/documentCreator";
import { bulletList, doc, heading, orderedList, paragraph } from "../../server/documents/contentBuilders";
import { documentStore } from "../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../server/documents/documentText";
import { DocumentModel } from "../../server/models/Document";
import type { UserDocument } from "../../server/models/User";

/**
 * Three good practices of the working group, written from the public sources (the Benelux brochure,
 * the ministers' declaration of 2 December 2016, the 2016 training day, Payoke's view, the Dutch
 * programme "Samen tegen mensenhandel"): one public and published, one internal draft, one restricted
 * to named members. They follow the good-practice template and name services, never victims.
 */

type Section = [heading: string, ...blocks: Array<string | JSONContent>];
const body = (sections: Section[]) =>
  doc(sections.flatMap(([title, ...blocks]) => [heading(2, title), ...blocks.map((block) => (typeof block === "string" ? paragraph(block) : block))]));

const labourInspections = body([
  ["Context",
    "Arbeidsuitbuiting in de land- en tuinbouw stopt niet aan de grens. Seizoenwerkers in de glastuinbouw worden via uitzendconstructies aan beide kanten van de Nederlands-Belgische grens ingezet; huisvesting en vervoer worden vaak door dezelfde tussenpersoon geregeld. Wie in Nederland werkt, woont soms in België, en omgekeerd. Een inspectie aan één kant van de grens ziet dan maar de helft van het beeld.",
    "In hun intentieverklaring van 2 december 2016 spraken de Benelux-ministers af de samenwerking tussen onder meer de arbeidsinspectie en de sociale inspectiediensten te versterken. Het Nederlandse programma Samen tegen mensenhandel (2018) maakte van de aanpak van arbeidsuitbuiting een van zijn vijf actielijnen: arbeidsuitbuiting tast niet alleen het inkomen van iemand aan, maar ook de menselijke waardigheid."],
  ["Betrokken landen", "Nederland en België. Luxemburg volgt de werkwijze via de Benelux-werkgroep en kan aansluiten bij acties in de grensstreek."],
  ["Actoren",
    bulletList([
      "Nederlandse Arbeidsinspectie: bereidt de actie aan Nederlandse kant voor en voert de gesprekken met de werknemers.",
      "Belgische arbeids- en sociale inspectiediensten: controleren de uitzendkant, de huisvesting en de sociale documenten aan Belgische kant.",
      "Politie aan beide kanten: aanwezig wanneer er signalen zijn van dwang of geweld, en start het onderzoek naar mensenhandel.",
      "Opvangcentra (in België onder meer Payoke) en de Nederlandse coördinatie van de opvang: houden dezelfde dag plaatsen vrij voor mogelijke slachtoffers.",
      "Onafhankelijke tolken, voor de talen van de werknemers.",
    ])],
  ["Werkwijze",
    orderedList([
      "De contactpunten van beide inspecties wisselen signalen uit (bedrijven, uitzendbureaus, huisvesting) en kiezen samen de bedrijven en de dag.",
      "Eén gezamenlijk draaiboek: wie spreekt met wie, en welke vragen wijzen op uitbuiting (inhoudingen op het loon, ingehouden identiteitsdocumenten, schulden bij de tussenpersoon, geen vrije toegang tot de eigen kamer).",
      "De inspecties vinden dezelfde dag plaats aan beide kanten van de grens: op het bedrijf én op de huisvesting.",
      "Gesprekken met werknemers gebeuren apart, zonder leidinggevende of ploegbaas, met een onafhankelijke tolk.",
      "Werknemers bij wie signalen van uitbuiting zijn, krijgen eerst opvang, uitleg over hun rechten en bedenktijd aangeboden: het stilleggen van het werk mag hen niet zonder dak of inkomen achterlaten.",
      "Na afloop volgt een gezamenlijke nabespreking en een verslag per land, zodat de bevindingen in beide dossiers terechtkomen.",
    ])],
  ["Resultaten",
    "De inspecteurs zien de hele keten: werk, huisvesting, vervoer en de tussenpersoon. Signalen die aan één kant te zwak waren om op te treden, worden samen sterker. Werknemers worden eerder herkend als mogelijk slachtoffer en doorverwezen naar de opvang, in plaats van alleen als illegaal tewerkgesteld te worden behandeld.",
    "Cijfers per actie staan in de interne verslagen van de inspecties; dit document bevat geen gegevens over herkenbare personen."],
  ["Geleerde lessen",
    bulletList([
      "Regel de tolken vooraf en onafhankelijk: een tolk die de werkgever meebrengt, is geen tolk.",
      "Spreek vooraf af welk land het strafrechtelijk onderzoek trekt; anders blijft een zaak tussen twee parketten liggen.",
      "Betrek de opvang vóór de actie, niet erna: een plaats moet dezelfde dag beschikbaar zijn.",
      "Ken elkaars regels: wat in het ene land een administratieve overtreding is, kan in het andere al een signaal van mensenhandel zijn. De Benelux-informatiebrochure helpt daarbij.",
    ])],
  ["Contactpunt", "De Nederlandse Arbeidsinspectie (team arbeidsuitbuiting) en de Belgische sociale inspectie, beide via de contactlijst van de Benelux-brochure en het secretariaat van de werkgroep."],
]);

const shelterReferral = body([
  ["Contexte",
    "Une victime identifiée dans le pays où elle séjourne peut y rester en danger : l'auteur ou son réseau la connaît, sait où elle vit ou menace ses proches. Lors de la signature de la déclaration d'intention Benelux du 2 décembre 2016, les ministres ont demandé d'examiner dans quelle mesure une victime en danger dans le pays où elle séjourne pourrait être accueillie dans un pays voisin.",
    "Cette procédure décrit comment un refuge belge spécialisé (Payoke, à Anvers) et les services luxembourgeois d'assistance aux victimes organisent un tel accueil, dans les deux sens, en s'appuyant sur les mécanismes nationaux d'orientation."],
  ["Pays concernés", "La Belgique et le Luxembourg. Les Pays-Bas peuvent s'y joindre par leur coordination de l'accueil."],
  ["Acteurs",
    bulletList([
      "Le refuge qui accompagne la victime (en Belgique : Payoke, Pag-Asa ou Sürya) : évalue le danger avec elle et prépare le transfert.",
      "Le service luxembourgeois d'assistance aux victimes de la traite : confirme la place et reprend l'accompagnement.",
      "La police (Police fédérale en Belgique, Police grand-ducale au Luxembourg) : évalue la menace et protège le trajet.",
      "Le magistrat de référence traite des êtres humains : reste compétent pour l'enquête et est informé du transfert.",
      "Les services d'immigration : veillent à ce que le transfert n'interrompe pas le droit de séjour de la victime.",
    ])],
  ["Procédure",
    orderedList([
      "Le refuge constate que la victime est en danger et en parle avec elle : le transfert ne se fait qu'avec son accord, dans une langue qu'elle comprend.",
      "Le refuge appelle le point de contact de l'autre pays, connu par la liste de contacts Benelux, et décrit la situation sans données d'identification : âge approximatif, langue, besoins, niveau de danger.",
      "Le service de l'autre pays confirme une place dans les 24 heures.",
      "Les deux polices conviennent du trajet et de la protection ; le magistrat compétent est informé.",
      "Le dossier d'accompagnement suit la victime, avec son accord, pour qu'elle n'ait pas à raconter son histoire une nouvelle fois.",
      "Le refuge d'origine reste l'interlocuteur pour la procédure judiciaire jusqu'à ce que le relais soit formellement pris.",
      "Après trois mois, les deux services font le point ensemble, et le groupe de travail Benelux en est informé sans données personnelles.",
    ])],
  ["Résultats",
    "La procédure est récente ; elle est évaluée après chaque transfert lors de la réunion suivante du groupe de travail. Les premiers échanges montrent que la question décisive n'est pas la place disponible, mais la clarté sur qui prend en charge les frais, qui accompagne et quel titre de séjour s'applique."],
  ["Enseignements",
    bulletList([
      "Convenir à l'avance de la prise en charge des frais, avant qu'un cas urgent ne se présente.",
      "Ne jamais envoyer de nom par courrier électronique : les données d'identification ne s'échangent que de vive voix entre points de contact connus.",
      "Prévoir un interprète dès le premier contact dans le pays d'accueil.",
      "Compter les transferts, sans identifier les personnes : comme Payoke le souligne depuis longtemps, la collecte de données fait encore défaut.",
    ])],
  ["Point de contact", "Payoke (Anvers), coordination de l'accueil, et le service luxembourgeois d'assistance aux victimes de la traite, par la liste de contacts de la brochure Benelux."],
]);

const trainingDay = body([
  ["Context",
    "On 29 September 2016, under the Luxembourg presidency of the Benelux Union, the Benelux General Secretariat brought together staff of the shelters for victims of trafficking from Belgium, the Netherlands and Luxembourg for a training day. It was the first time that shelter workers from the three countries exchanged experience and expertise across the borders.",
    "More than a thousand victims of trafficking are identified in the Benelux region every year, and trafficking is often cross-border. Knowing the procedures, rules and policy of the neighbouring country directly improves the shelter and care a victim receives, and so does knowing the people on the other side."],
  ["Countries involved", "Belgium, the Netherlands and Luxembourg."],
  ["Actors",
    bulletList([
      "The Benelux General Secretariat, which organised the day and its follow-up.",
      "Shelter workers and NGOs from the three countries.",
      "The UNODC goodwill ambassador against trafficking, Ozark Henry, who came to listen to the shelter workers and launched the initiative “Benelux gives victims a place”.",
    ])],
  ["Procedure",
    orderedList([
      "Work in mixed groups, by case rather than by country: each group followed one fictitious case from identification to a shelter across the border.",
      "Each country presented its criminal law, its shelter arrangements and its residence rules for victims, using the Benelux information brochure.",
      "Participants agreed whom to call across the border, and the contact list in the brochure was checked against who was in the room.",
      "The grey Benelux chair was unveiled: from then on, a chair stays empty at every meeting table of the Benelux secretariat, reserved for the victims of trafficking.",
    ])],
  ["Results",
    bulletList([
      "A network of shelter workers who know each other across the borders.",
      "A second training day on 17 October 2016 for magistrates, police and immigration staff of the three countries.",
      "The ministers' declaration of intent signed in Luxembourg on 2 December 2016, which set up this ad-hoc working group.",
      "The empty chair, which stood for a year in the meeting rooms of the Benelux House in Brussels, and which this workspace now carries into every meeting.",
    ])],
  ["Lessons learned",
    "Draft: members who took part in 2016 are asked to complete this section before the next training day.",
    bulletList([
      "Start from cases, not from legislation: the legal differences become clear when people follow one victim's path.",
      "Invite the front line: shelter staff, local police and inspectors are the first to identify a possible victim, and their role is often underestimated.",
      "Plan the follow-up before the day: a contact list is only useful if someone keeps it up to date.",
    ])],
  ["Contact point", "The Benelux General Secretariat, through the secretariat of the working group."],
]);

export async function seedDocuments(people: Map<string, UserDocument>): Promise<void> {
  const p = (key: string) => people.get(key)!;
  const create = async (creator: string, content: JSONContent, fields: Record<string, unknown>) =>
    documentCreator({ creator: p(creator), content, input: createDocumentSchema.parse({ template: "good_practice", ...fields }) });

  const labour = await create("inspection", labourInspections, {
    title: "Gezamenlijke arbeidsinspecties in de glastuinbouw (NL/BE)",
    language: "nl",
    countries: ["NL", "BE"],
    tags: ["labour", "identification", "investigation_and_prosecution"],
    classification: "public",
  });
  // Published as the app would: only with no likely personal data in it.
  const findings = findPersonalData(documentPlainText(ydocFromState((await documentStore.load(labour.id)).state)));
  if (findings.length > 0) throw new Error(`demo document has likely personal data: ${findings.map((f) => f.kind).join(", ")}`);
  await DocumentModel.updateOne({ _id: labour._id }, { $set: { status: "published" } });

  await create("shelter", shelterReferral, {
    title: "Orientation transfrontalière vers un refuge : procédure Belgique – Luxembourg",
    language: "fr",
    countries: ["BE", "LU"],
    tags: ["referral", "shelter_and_care", "residence_permits"],
    classification: "restricted",
    memberIds: [p("luxembourg").id, p("police").id],
  });

  await create("secretariat", trainingDay, {
    title: "The first joint training day for shelter staff, and the empty chair (2016)",
    language: "en",
    countries: ["BE", "NL", "LU"],
    tags: ["shelter_and_care", "identification", "prevention"],
    classification: "internal",
  });
}
