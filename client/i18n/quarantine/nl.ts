import type { AreaMessages } from "../en";
import type { quarantineEn } from "./en";

export const quarantineNl: AreaMessages<typeof quarantineEn> = {
  "nav.quarantine": "Quarantaine",
  "quarantine.title": "Wijzigingen in quarantaine",
  "quarantine.intro":
    "Opgeslagen wijzigingen aan documenten die niet konden worden toegepast. Elk document werd zonder die wijzigingen geopend; ze worden hier ongewijzigd bewaard zodat ze onderzocht kunnen worden. Elke wijziging staat ook in het auditlog.",
  "quarantine.advice": "Een wijziging die iemand verstuurde, kan komen van een beschadigde of gemanipuleerde kopie in de browser: vraag die persoon het document opnieuw te laden voor verder te bewerken.",
  "quarantine.none": "Er staat niets in quarantaine. Elke opgeslagen wijziging kon worden toegepast.",
  "quarantine.shown": "Getoond: {count}, nieuwste eerst",
  "quarantine.document": "Document",
  "quarantine.unknownDocument": "Document bestaat niet meer",
  "quarantine.kind": "Wat",
  "quarantine.kind.update": "Een wijziging",
  "quarantine.kind.snapshot": "De opgeslagen toestand",
  "quarantine.kind.pending": "Delen die wachten op wijzigingen die nooit aankwamen",
  "quarantine.seq": "Wijziging nr.",
  "quarantine.size": "Grootte",
  "quarantine.bytes": "{count} bytes",
  "quarantine.sentBy": "Verstuurd door",
  "quarantine.unknownSender": "Niet bekend",
  "quarantine.storedAt": "Opgeslagen",
  "quarantine.quarantinedAt": "Apart gezet",
  "quarantine.error": "Waarom het mislukte",
};
