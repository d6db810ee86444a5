import type { AgendaTag } from "../../shared/meetings";

/**
 * The empty chair's first prompts, written from the working group's own sources: the grey chair
 * reserved for victims (Benelux, 2016), the ministers' declaration on cross-border shelter and
 * referral, the Dutch programme's attention to vulnerable victims, and the shelters' experience
 * (Payoke) that front-line identification and real cooperation decide what happens to a victim.
 * The secretariat curates them afterwards; seeded prompts are never re-added once they exist.
 */
export interface SeedPrompt {
  key: string;
  tags: AgendaTag[];
  en: string;
  nl: string;
  fr: string;
}

export const SEED_PROMPTS: SeedPrompt[] = [
  {
    key: "seed-01-language",
    tags: ["identification", "referral"],
    en: "What would this change mean for a victim who does not speak the language of the country where she is identified?",
    nl: "Wat betekent deze wijziging voor een slachtoffer dat de taal niet spreekt van het land waar ze wordt geïdentificeerd?",
    fr: "Que signifierait ce changement pour une victime qui ne parle pas la langue du pays où elle est identifiée ?",
  },
  {
    key: "seed-02-residence",
    tags: ["residence_permits"],
    en: "A victim without a residence permit may fear deportation more than her exploiter. Does this proposal make it safer for her to come forward?",
    nl: "Een slachtoffer zonder verblijfsvergunning vreest uitzetting soms meer dan haar uitbuiter. Maakt dit voorstel het veiliger voor haar om zich te melden?",
    fr: "Une victime sans titre de séjour peut craindre l'expulsion plus que son exploiteur. Cette proposition lui permet-elle de se manifester plus sûrement ?",
  },
  {
    key: "seed-03-minors",
    tags: ["identification", "shelter_and_care"],
    en: "If the victim is a child, who speaks for them here — and is a guardian appointed before anyone questions them?",
    nl: "Als het slachtoffer een kind is: wie spreekt hier voor het kind — en wordt er een voogd aangesteld voordat iemand het ondervraagt?",
    fr: "Si la victime est un enfant, qui parle en son nom ici — et un tuteur est-il désigné avant que quiconque ne l'interroge ?",
  },
  {
    key: "seed-04-retelling",
    tags: ["investigation_and_prosecution"],
    en: "How many times will a victim have to tell her story under this procedure, and to how many different people?",
    nl: "Hoe vaak moet een slachtoffer onder deze procedure haar verhaal doen, en aan hoeveel verschillende mensen?",
    fr: "Combien de fois une victime devra-t-elle raconter son histoire avec cette procédure, et à combien de personnes différentes ?",
  },
  {
    key: "seed-05-trauma",
    tags: ["shelter_and_care", "investigation_and_prosecution"],
    en: "Trauma affects memory. Does this approach still work for a victim whose account is incomplete, or changes over time?",
    nl: "Trauma tast het geheugen aan. Werkt deze aanpak ook voor een slachtoffer wiens verklaring onvolledig is of in de loop van de tijd verandert?",
    fr: "Le traumatisme altère la mémoire. Cette approche fonctionne-t-elle encore pour une victime dont le récit est incomplet ou évolue avec le temps ?",
  },
  {
    key: "seed-06-cross-border-shelter",
    tags: ["referral", "shelter_and_care"],
    en: "A victim is identified in one country but is in danger there. Can she be sheltered across the border quickly, and who arranges it?",
    nl: "Een slachtoffer wordt in het ene land geïdentificeerd maar loopt daar gevaar. Kan zij snel over de grens worden opgevangen, en wie regelt dat?",
    fr: "Une victime est identifiée dans un pays mais y est en danger. Peut-elle être hébergée rapidement de l'autre côté de la frontière, et qui s'en charge ?",
  },
  {
    key: "seed-07-labour",
    tags: ["labour"],
    en: "For a victim of labour exploitation the job is often the only income and the only roof. What replaces them on the day an inspection stops the work?",
    nl: "Voor een slachtoffer van arbeidsuitbuiting is het werk vaak het enige inkomen en het enige dak boven het hoofd. Wat komt ervoor in de plaats op de dag dat een inspectie het werk stillegt?",
    fr: "Pour une victime d'exploitation par le travail, l'emploi est souvent le seul revenu et le seul toit. Qu'est-ce qui les remplace le jour où une inspection arrête le travail ?",
  },
  {
    key: "seed-08-sexual",
    tags: ["sexual"],
    en: "Would a woman exploited in prostitution recognise herself as a victim in the way this text describes her?",
    nl: "Zou een vrouw die in de prostitutie wordt uitgebuit zichzelf herkennen als slachtoffer zoals deze tekst haar beschrijft?",
    fr: "Une femme exploitée dans la prostitution se reconnaîtrait-elle comme victime dans la manière dont ce texte la décrit ?",
  },
  {
    key: "seed-09-forced-criminality",
    tags: ["forced_criminality", "investigation_and_prosecution"],
    en: "Victims of forced criminality are often arrested as offenders first. Does this decision protect them from punishment for what they were forced to do?",
    nl: "Slachtoffers van gedwongen criminaliteit worden vaak eerst als dader opgepakt. Beschermt dit besluit hen tegen straf voor wat ze gedwongen werden te doen?",
    fr: "Les victimes de criminalité forcée sont souvent d'abord arrêtées comme auteurs. Cette décision les protège-t-elle d'une sanction pour ce qu'on les a forcées à faire ?",
  },
  {
    key: "seed-10-forced-begging",
    tags: ["forced_begging", "identification"],
    en: "The person begging on the street corner may be controlled by someone close by. How would a police officer or social worker recognise that here?",
    nl: "Wie op de straathoek bedelt, wordt misschien gecontroleerd door iemand vlakbij. Hoe zou een agent of hulpverlener dat hier herkennen?",
    fr: "La personne qui mendie au coin de la rue est peut-être contrôlée par quelqu'un tout près. Comment un policier ou un travailleur social le reconnaîtrait-il ici ?",
  },
  {
    key: "seed-11-organ-removal",
    tags: ["organ_removal"],
    en: "Victims of trafficking for organ removal often stay silent out of shame or debt. Who would they dare to talk to, and does this plan reach them?",
    nl: "Slachtoffers van mensenhandel met het oog op orgaanverwijdering zwijgen vaak uit schaamte of door schulden. Met wie zouden zij durven praten, en bereikt dit plan hen?",
    fr: "Les victimes de traite aux fins de prélèvement d'organes se taisent souvent par honte ou à cause d'une dette. À qui oseraient-elles parler, et ce plan les atteint-il ?",
  },
  {
    key: "seed-12-shelters-view",
    tags: ["shelter_and_care"],
    en: "Ask the shelters: what do victims say they needed in their first 48 hours, and does this decision give it to them?",
    nl: "Vraag het de opvangcentra: wat zeggen slachtoffers dat ze nodig hadden in hun eerste 48 uur, en geeft dit besluit hun dat?",
    fr: "Demandez aux centres d'accueil : de quoi les victimes disent-elles avoir eu besoin dans leurs 48 premières heures, et cette décision le leur apporte-t-elle ?",
  },
  {
    key: "seed-13-vulnerability",
    tags: ["prevention"],
    en: "Whose vulnerability are we addressing: migrants, people with a mild intellectual disability, an addiction or psychological problems? Does this reach them?",
    nl: "Over wiens kwetsbaarheid gaat het: migranten, mensen met een lichte verstandelijke beperking, een verslaving of psychische problemen? Bereikt dit hen?",
    fr: "De quelle vulnérabilité parlons-nous : migrants, personnes avec une déficience intellectuelle légère, une addiction ou des troubles psychiques ? Cela les atteint-il ?",
  },
  {
    key: "seed-14-information-safety",
    tags: ["investigation_and_prosecution", "referral"],
    en: "If this information is shared across the border, could it reach the traffickers or put the victim's family at home in danger?",
    nl: "Als deze informatie over de grens wordt gedeeld, kan ze dan bij de mensenhandelaars terechtkomen of de familie van het slachtoffer thuis in gevaar brengen?",
    fr: "Si cette information est partagée au-delà de la frontière, pourrait-elle parvenir aux trafiquants ou mettre en danger la famille de la victime restée au pays ?",
  },
  {
    key: "seed-15-testimony",
    tags: ["residence_permits", "investigation_and_prosecution"],
    en: "Does a victim lose support, shelter or the right to stay if she decides not to testify, or cannot?",
    nl: "Verliest een slachtoffer steun, opvang of verblijfsrecht als zij besluit niet te getuigen, of dat niet kan?",
    fr: "Une victime perd-elle son accompagnement, son hébergement ou son droit de séjour si elle décide de ne pas témoigner, ou ne le peut pas ?",
  },
  {
    key: "seed-16-front-line",
    tags: ["identification", "prevention"],
    en: "The front line — local police, a labour inspector, a nurse — usually meets a victim first. What does this ask of them, and are they trained for it?",
    nl: "De eerste lijn — de lokale politie, een arbeidsinspecteur, een verpleegkundige — ontmoet een slachtoffer meestal als eerste. Wat vraagt dit van hen, en zijn ze ervoor opgeleid?",
    fr: "La première ligne — police locale, inspecteur du travail, infirmière — rencontre généralement la victime en premier. Qu'est-ce que cela exige d'eux, et sont-ils formés pour cela ?",
  },
  {
    key: "seed-17-empty-chair",
    tags: [],
    en: "Imagine the victim sitting in the empty chair, listening. What would she ask us before we decide?",
    nl: "Stel je voor dat het slachtoffer op de lege stoel zit en meeluistert. Wat zou zij ons vragen voordat we beslissen?",
    fr: "Imaginez la victime assise sur la chaise vide, à l'écoute. Que nous demanderait-elle avant que nous décidions ?",
  },
  {
    key: "seed-18-numbers",
    tags: [],
    en: "Behind every figure in this report is a person. Which story do these numbers not tell, and who could tell it?",
    nl: "Achter elk cijfer in dit verslag staat een mens. Welk verhaal vertellen deze cijfers niet, en wie zou het kunnen vertellen?",
    fr: "Derrière chaque chiffre de ce rapport, il y a une personne. Quelle histoire ces chiffres ne racontent-ils pas, et qui pourrait la raconter ?",
  },
  {
    key: "seed-19-understandable",
    tags: [],
    en: "Will a victim be able to understand what we decide today — in her own language, without a lawyer beside her?",
    nl: "Kan een slachtoffer begrijpen wat we vandaag beslissen — in haar eigen taal, zonder advocaat naast zich?",
    fr: "Une victime pourra-t-elle comprendre ce que nous décidons aujourd'hui — dans sa propre langue, sans avocat à ses côtés ?",
  },
  {
    key: "seed-20-gaps",
    tags: ["referral"],
    en: "The rules differ in Belgium, the Netherlands and Luxembourg. Where would a victim who moves between them fall through the gaps?",
    nl: "De regels verschillen in België, Nederland en Luxemburg. Waar valt een slachtoffer dat tussen die landen beweegt tussen wal en schip?",
    fr: "Les règles diffèrent en Belgique, aux Pays-Bas et au Luxembourg. Où une victime qui passe de l'un à l'autre tomberait-elle entre les mailles du filet ?",
  },
];
