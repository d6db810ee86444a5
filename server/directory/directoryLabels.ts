/** The words the directory's exports (PDF, CSV headings, vCard categories) print, in nl, fr and en. */
import type { ContactPointKind, ContactTag, Discipline, FreshnessStatus } from "../../shared/directory";
import type { Language } from "../../shared/languages";

export interface DirectoryLabels {
  locale: string;
  colon: string;
  title: string;
  intro: string;
  filters: string;
  allEntries: string;
  entries: string;
  /** "The first {shown} of {total}; narrow the filters to export the rest". */
  truncated: string;
  noEntries: string;
  mobilesLeftOut: string;
  words: string;
  country: string;
  discipline: string;
  tag: string;
  language: string;
  kind: string;
  status: string;
  organisation: string;
  name: string;
  function: string;
  phone: string;
  mobile: string;
  email: string;
  secureEmail: string;
  hours: string;
  languages: string;
  tags: string;
  notes: string;
  lastVerified: string;
  /** "{date} by {name}". */
  verifiedOnBy: string;
  nextVerification: string;
  switchboard: string;
  secureMailbox: string;
  available24x7: string;
  yes: string;
  no: string;
  website: string;
  address: string;
  disciplines: Record<Discipline, string>;
  tagNames: Record<ContactTag, string>;
  kinds: Record<ContactPointKind, string>;
  freshness: Record<FreshnessStatus, string>;
}

const nl: DirectoryLabels = {
  locale: "nl-BE",
  colon: ": ",
  title: "Contactpunten mensenhandel — Benelux",
  intro: "Bevoegde diensten en contactpunten in België, Nederland en Luxemburg, per land en per organisatie. Controleer de datum van de laatste verificatie voor u belt.",
  filters: "Selectie",
  allEntries: "Alle contactpunten",
  entries: "Contactpunten",
  truncated: "De eerste {shown} van {total}; verfijn de selectie om de rest te exporteren",
  noEntries: "Geen contactpunten in deze selectie.",
  mobilesLeftOut: "Persoonlijke gsm-nummers zijn weggelaten.",
  words: "Woorden",
  country: "Land",
  discipline: "Discipline",
  tag: "Waarvoor",
  language: "Taal",
  kind: "Soort",
  status: "Actualiteit",
  organisation: "Organisatie",
  name: "Naam",
  function: "Functie",
  phone: "Telefoon",
  mobile: "Gsm (persoonlijk)",
  email: "E-mail (functioneel)",
  secureEmail: "Beveiligde e-mail",
  hours: "Bereikbaar",
  languages: "Talen",
  tags: "Waarvoor contacteren",
  notes: "Opmerkingen",
  lastVerified: "Laatst geverifieerd",
  verifiedOnBy: "{date} door {name}",
  nextVerification: "Volgende verificatie",
  switchboard: "Centrale",
  secureMailbox: "Beveiligde functionele mailbox",
  available24x7: "24/7 bereikbaar",
  yes: "ja",
  no: "nee",
  website: "Website",
  address: "Adres",
  disciplines: {
    police: "Politie",
    public_prosecution: "Openbaar ministerie",
    labour_inspection: "Arbeidsinspectie",
    social_inspection: "Sociale inspectie",
    shelter_ngo: "Opvangcentrum of ngo",
    specialised_victim_centre: "Gespecialiseerd centrum voor slachtoffers",
    immigration: "Immigratiedienst",
    ministry: "Ministerie",
    national_rapporteur: "Nationaal rapporteur",
    nrm_coordinator: "Coördinator nationaal verwijzingsmechanisme",
    secretariat: "Secretariaat-generaal Benelux",
    other: "Andere",
  },
  tagNames: {
    identification: "Identificatie",
    referral: "Doorverwijzing",
    investigation: "Opsporing",
    prosecution: "Vervolging",
    residence_permits: "Verblijfsvergunningen",
    shelter_places: "Opvangplaatsen",
    minors: "Minderjarigen",
    labour_exploitation: "Arbeidsuitbuiting",
    sexual_exploitation: "Seksuele uitbuiting",
    forced_criminality: "Gedwongen criminaliteit",
    forced_begging: "Gedwongen bedelarij",
    organ_removal: "Orgaanverwijdering",
    victim_support: "Slachtofferhulp",
    legal_assistance: "Juridische bijstand",
    return_and_reintegration: "Terugkeer en re-integratie",
    data_and_reporting: "Gegevens en rapportage",
  },
  kinds: { function: "Functie", person: "Persoon" },
  freshness: { fresh: "actueel", due: "te bevestigen", stale: "verouderd" },
};

const fr: DirectoryLabels = {
  locale: "fr-BE",
  colon: " : ",
  title: "Points de contact traite des êtres humains — Benelux",
  intro: "Services compétents et points de contact en Belgique, aux Pays-Bas et au Luxembourg, par pays et par organisation. Vérifiez la date de la dernière vérification avant d’appeler.",
  filters: "Sélection",
  allEntries: "Tous les points de contact",
  entries: "Points de contact",
  truncated: "Les {shown} premiers sur {total} ; affinez la sélection pour exporter le reste",
  noEntries: "Aucun point de contact dans cette sélection.",
  mobilesLeftOut: "Les numéros de portable personnels sont omis.",
  words: "Mots",
  country: "Pays",
  discipline: "Discipline",
  tag: "Pour",
  language: "Langue",
  kind: "Type",
  status: "Actualité",
  organisation: "Organisation",
  name: "Nom",
  function: "Fonction",
  phone: "Téléphone",
  mobile: "Portable (personnel)",
  email: "Courriel (fonctionnel)",
  secureEmail: "Courriel sécurisé",
  hours: "Joignable",
  languages: "Langues",
  tags: "À contacter pour",
  notes: "Remarques",
  lastVerified: "Dernière vérification",
  verifiedOnBy: "{date} par {name}",
  nextVerification: "Prochaine vérification",
  switchboard: "Standard",
  secureMailbox: "Boîte fonctionnelle sécurisée",
  available24x7: "Joignable 24 h/24, 7 j/7",
  yes: "oui",
  no: "non",
  website: "Site web",
  address: "Adresse",
  disciplines: {
    police: "Police",
    public_prosecution: "Ministère public",
    labour_inspection: "Inspection du travail",
    social_inspection: "Inspection sociale",
    shelter_ngo: "Centre d’accueil ou ONG",
    specialised_victim_centre: "Centre spécialisé pour les victimes",
    immigration: "Service de l’immigration",
    ministry: "Ministère",
    national_rapporteur: "Rapporteur national",
    nrm_coordinator: "Coordination du mécanisme national d’orientation",
    secretariat: "Secrétariat général Benelux",
    other: "Autre",
  },
  tagNames: {
    identification: "Identification",
    referral: "Orientation",
    investigation: "Enquête",
    prosecution: "Poursuites",
    residence_permits: "Titres de séjour",
    shelter_places: "Places d’accueil",
    minors: "Mineurs",
    labour_exploitation: "Exploitation par le travail",
    sexual_exploitation: "Exploitation sexuelle",
    forced_criminality: "Criminalité forcée",
    forced_begging: "Mendicité forcée",
    organ_removal: "Prélèvement d’organes",
    victim_support: "Aide aux victimes",
    legal_assistance: "Assistance juridique",
    return_and_reintegration: "Retour et réintégration",
    data_and_reporting: "Données et rapports",
  },
  kinds: { function: "Fonction", person: "Personne" },
  freshness: { fresh: "à jour", due: "à confirmer", stale: "périmé" },
};

const en: DirectoryLabels = {
  locale: "en-GB",
  colon: ": ",
  title: "Trafficking contact points — Benelux",
  intro: "Competent services and contact points in Belgium, the Netherlands and Luxembourg, by country and organisation. Check the date of the last verification before you call.",
  filters: "Selection",
  allEntries: "All contact points",
  entries: "Contact points",
  truncated: "The first {shown} of {total}; narrow the selection to export the rest",
  noEntries: "No contact points in this selection.",
  mobilesLeftOut: "Personal mobile numbers are left out.",
  words: "Words",
  country: "Country",
  discipline: "Discipline",
  tag: "For",
  language: "Language",
  kind: "Kind",
  status: "Freshness",
  organisation: "Organisation",
  name: "Name",
  function: "Function",
  phone: "Phone",
  mobile: "Mobile (personal)",
  email: "E-mail (functional)",
  secureEmail: "Secure e-mail",
  hours: "Hours",
  languages: "Languages",
  tags: "Contact for",
  notes: "Notes",
  lastVerified: "Last verified",
  verifiedOnBy: "{date} by {name}",
  nextVerification: "Next verification",
  switchboard: "Switchboard",
  secureMailbox: "Secure functional mailbox",
  available24x7: "24/7 line",
  yes: "yes",
  no: "no",
  website: "Website",
  address: "Address",
  disciplines: {
    police: "Police",
    public_prosecution: "Public prosecution",
    labour_inspection: "Labour inspection",
    social_inspection: "Social inspection",
    shelter_ngo: "Shelter or NGO",
    specialised_victim_centre: "Specialised victim centre",
    immigration: "Immigration service",
    ministry: "Ministry",
    national_rapporteur: "National rapporteur",
    nrm_coordinator: "National referral mechanism coordinator",
    secretariat: "Benelux General Secretariat",
    other: "Other",
  },
  tagNames: {
    identification: "Identification",
    referral: "Referral",
    investigation: "Investigation",
    prosecution: "Prosecution",
    residence_permits: "Residence permits",
    shelter_places: "Shelter places",
    minors: "Minors",
    labour_exploitation: "Labour exploitation",
    sexual_exploitation: "Sexual exploitation",
    forced_criminality: "Forced criminality",
    forced_begging: "Forced begging",
    organ_removal: "Organ removal",
    victim_support: "Victim support",
    legal_assistance: "Legal assistance",
    return_and_reintegration: "Return and reintegration",
    data_and_reporting: "Data and reporting",
  },
  kinds: { function: "Function", person: "Person" },
  freshness: { fresh: "fresh", due: "to be confirmed", stale: "stale" },
};

const LABELS: Record<Language, DirectoryLabels> = { nl, fr, en };

export function directoryLabels(language: string): DirectoryLabels {
  return (LABELS as Record<string, DirectoryLabels | undefined>)[language] ?? en;
}

/** "Roemeens", "roumain", "Romanian": language names from the platform, in the reader's language. */
export function languageName(code: string, labels: DirectoryLabels): string {
  try {
    return new Intl.DisplayNames([labels.locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const fillLabel = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
