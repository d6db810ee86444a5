// Word lists of the person-name detector: the shipped gazetteer (generated, see gazetteer/NOTICE.md) and
// the hand-kept context words. The gazetteer (about 110 KB gzipped) is handed in by whoever loads it:
// `shared/personalData/index.ts` does so at once (server, tests, benchmarks); the editor imports it
// lazily so it stays out of the first page's bundle. Sets are built on first use.
import type { NameData } from "./nameData";
import { foldName } from "./nameFold";

export interface NameLexicon {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Names that are also ordinary words ("roos", "will", "grace", "pierre"). */
  ambiguous: ReadonlySet<string>;
  /** Places that share a word with a name ("gent", "lagos", "den haag", "florence"). */
  places: ReadonlySet<string>;
  /** Organisations, programmes, months, nationalities, heading words… */
  notNames: ReadonlySet<string>;
}

let data: NameData | undefined;
let lexicon: NameLexicon | undefined;

/** Makes the gazetteer available to the person-name detector (idempotent). */
export function provideNameData(value: NameData): void {
  if (data === value) return;
  data = value;
  lexicon = undefined;
}

export function hasNameData(): boolean {
  return data !== undefined;
}

/** The gazetteer as sets, or undefined while it has not been provided (then no name is reported). */
export function nameLexicon(): NameLexicon | undefined {
  if (!data) return undefined;
  lexicon ??= {
    given: new Set(data.givenNames.split("\n")),
    surnames: new Set(data.surnames.split("\n")),
    ambiguous: new Set(data.ambiguousNames.split("\n")),
    places: new Set(data.placeNames.split("\n")),
    notNames: new Set(data.notNames.split("\n")),
  };
  return lexicon;
}

function folded(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(foldName));
}

/** Courtesy and professional titles, written before a name (the dot is optional). Not part of the span. */
export const TITLES = folded(`
  mevrouw mevr mw mevrouwe meneer mijnheer dhr heer juffrouw mej dokter dr drs ir ing prof mr
  madame mme mademoiselle mlle monsieur m maitre me docteur professeur
  mr mrs ms miss mister sir lady dr prof professor
  auntie aunty uncle mama mamma papa madam madame tonton tata tantine tante oom meester`);

/**
 * Role words after which a capitalised word is a person's name ("het slachtoffer Ioana", "l'employeur,
 * Jean-Luc Lambert", "the suspect Radu Ionescu", "genaamd Ivan"). Compared without the article.
 */
export const ROLE_WORDS = folded(`
  slachtoffer slachtoffers betrokkene verdachte verdachten werkgever werkgeefster werknemer werkneemster getuige
  client cliente benadeelde dader uitbater eigenaar eigenares chauffeur tolk voogd rechercheur inspecteur inspectrice
  advocaat advocate moeder vader zus zuster broer broers dochter zoon neef nicht echtgenoot echtgenote vriend vriendin
  buurvrouw buurman minderjarige jongen meisje rekruteerder ronselaar pooier uitbuiter hulpverlener begeleider begeleidster
  maatschappelijk assistent coordinator coordinatrice beleidsmedewerker contactpersoon voorzitter genaamd alias bijgenaamd
  familie gezin famille family
  victime victimes prevenu prevenue prevenus suspect suspecte employeur temoin travailleur travailleuse cliente gerant gerante
  patron patronne proprietaire interprete tuteur tutrice enqueteur enquetrice avocat avocate mere pere soeur frere fille fils
  cousin cousine oncle mari epouse compagnon compagne voisin voisine mineur mineure jeune recruteur recruteuse proxenete
  coordinatrice assistante nomme nommee denomme denommee dit dite surnomme surnommee
  victim victims suspects employer witness worker manager owner driver interpreter guardian investigator inspector lawyer
  mother father sister brother brothers daughter son cousin uncle aunt husband wife partner friend boyfriend girlfriend
  neighbour neighbor minor girl boy recruiter pimp trafficker named called alias chair chairwoman chairman coordinator
  caseworker officer detective attorney mediator`);

/** Lower-case name particles ("van der", "de", "El", "da", "dos", "von", "ter", "bin"). */
export const PARTICLES = folded(`
  van de der den het ter ten te vande vanden vander el al ben bin ibn abu da das do dos du des di del della le la lo
  von zu d' l'`);

/** Street types: a name right after one is a street ("Avenue Louise", "rue Jean Jaurès"). */
export const STREET_TYPES = folded(`
  rue avenue av boulevard bd bld chaussee place plein quai laan straat square allee impasse chemin route
  rond-point esplanade passage cours promenade dreef lei kaai steenweg street road lane`);

/** Word endings of organisations, buildings and streets: "Schoonmaakbedrijf", "Kerkstraat", "Sint-Jansplein". */
export const NOT_PERSON_ENDINGS =
  /(?:straat|laan|weg|plein|dreef|lei|kaai|dijk|gracht|singel|steeg|kade|baan|bedrijf|bureau|centrum|dienst|groep|huis|raad|politie|ministerie|stichting|vereniging|zorg|bouw|transport|logistiek|consult|holding|school|kerk|markt|park|hof)$/;

/** Legal forms after a company name. */
export const LEGAL_FORMS = folded(`bv nv bvba vzw asbl sa sprl srl sarl sàrl ltd gmbh cv vof llc inc plc sas eurl comm scrl`);

/** Verbs that tell a capitalised first word is a person: "Hope explained…", "Roos belde…", "Pierre a déclaré…". */
export const PERSON_VERBS = folded(`
  zei zegt vertelde vertelt verklaarde verklaart belde belt werkte werkt woonde woont kwam komt vluchtte vroeg vraagt
  antwoordde weigerde getuigde meldde meldt ontkende bevestigde gaf verliet sliep
  said says told tells explained explains stated states declared reported called calls worked works lived lives arrived came
  went left fled met asked asks answered refused agreed testified recalled added denied confirmed
  dit declare declarait explique raconte indique affirme travaillait travaille vivait vit habitait`);
