import type { AreaMessages } from "../en";
import type { quarantineEn } from "./en";

export const quarantineFr: AreaMessages<typeof quarantineEn> = {
  "nav.quarantine": "Quarantaine",
  "quarantine.title": "Modifications en quarantaine",
  "quarantine.intro":
    "Des modifications enregistrées de documents qui n’ont pas pu être appliquées. Chaque document s’est ouvert sans elles ; elles sont conservées ici, telles quelles, pour pouvoir être examinées. Chacune figure aussi dans le journal d’audit.",
  "quarantine.advice": "Une modification envoyée par une personne peut venir d’une copie du navigateur endommagée ou manipulée : demandez-lui de recharger le document avant de continuer à le modifier.",
  "quarantine.none": "Rien n’est en quarantaine. Toutes les modifications enregistrées ont pu être appliquées.",
  "quarantine.shown": "Affichées : {count}, les plus récentes d’abord",
  "quarantine.document": "Document",
  "quarantine.unknownDocument": "Le document n’existe plus",
  "quarantine.kind": "Quoi",
  "quarantine.kind.update": "Une modification",
  "quarantine.kind.snapshot": "L’état enregistré",
  "quarantine.kind.pending": "Des parties en attente de modifications jamais arrivées",
  "quarantine.seq": "Modification n°",
  "quarantine.size": "Taille",
  "quarantine.bytes": "{count} octets",
  "quarantine.sentBy": "Envoyée par",
  "quarantine.unknownSender": "Inconnu",
  "quarantine.storedAt": "Enregistrée",
  "quarantine.quarantinedAt": "Mise à l’écart",
  "quarantine.error": "Pourquoi elle a échoué",
};
