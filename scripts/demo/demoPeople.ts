import type { Country, Discipline, Role } from "../../shared/domain";
import { hashPassword } from "../../server/auth/passwordHashing";
import { Organisation } from "../../server/models/Organisation";
import { User, type UserDocument } from "../../server/models/User";

/** Demo passwords and TOTP secrets are public by design: this workspace is for looking around only. */
export const DEMO_PASSWORD = "grijze stoel blijft leeg";

interface DemoPerson {
  key: string;
  name: string;
  email: string;
  role: Role;
  language: "nl" | "fr" | "en";
  organisation: [string, Discipline, Country];
  /** Fixed base32 secrets, so the same authenticator entry works every time the demo starts. */
  totp: string;
  accessDays?: number;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: "secretariat", name: "Sofie Secretariaat", email: "secretariat@demo.greychair.test", role: "secretariat", language: "nl", organisation: ["Benelux General Secretariat", "secretariat", "BE"], totp: "GREYCHAIRDEMOSECRETARIATAAAAAAAA" },
  { key: "chair", name: "Noor de Voorzitter", email: "chair@demo.greychair.test", role: "chair", language: "nl", organisation: ["Ministerie van Justitie en Veiligheid", "ministry", "NL"], totp: "GREYCHAIRDEMOCHAIRBBBBBBBBBBBBBB" },
  { key: "police", name: "Pieter Politie", email: "police.be@demo.greychair.test", role: "member", language: "nl", organisation: ["Federale Politie — DJSOC", "police", "BE"], totp: "GREYCHAIRDEMOPOLICECCCCCCCCCCCCC" },
  { key: "shelter", name: "Patricia Payoke", email: "shelter.be@demo.greychair.test", role: "member", language: "fr", organisation: ["Payoke", "shelter_ngo", "BE"], totp: "GREYCHAIRDEMOSHELTERDDDDDDDDDDDD" },
  { key: "inspection", name: "Ingrid Inspectie", email: "inspection.nl@demo.greychair.test", role: "member", language: "nl", organisation: ["Nederlandse Arbeidsinspectie", "labour_inspection", "NL"], totp: "GREYCHAIRDEMOINSPECTIONEEEEEEEEE" },
  { key: "luxembourg", name: "Luc Lëtzebuerg", email: "police.lu@demo.greychair.test", role: "member", language: "fr", organisation: ["Police Grand-Ducale", "police", "LU"], totp: "GREYCHAIRDEMOLUXEMBOURGFFFFFFFFF" },
  { key: "observer", name: "Olivia Observer", email: "observer@demo.greychair.test", role: "observer", language: "en", organisation: ["UNODC (guest)", "other", "other"], totp: "GREYCHAIRDEMOOBSERVERGGGGGGGGGGG", accessDays: 90 },
];

export async function seedPeople(): Promise<Map<string, UserDocument>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = new Map<string, UserDocument>();
  for (const person of DEMO_PEOPLE) {
    const [name, discipline, country] = person.organisation;
    const organisation = (await Organisation.findOne({ name, country })) ?? (await Organisation.create({ name, discipline, country }));
    const user = await User.create({
      name: person.name,
      email: person.email,
      role: person.role,
      language: person.language,
      organisationId: organisation._id,
      passwordHash,
      accessUntil: person.accessDays ? new Date(Date.now() + person.accessDays * 86_400_000) : null,
      totp: { secret: person.totp, enabledAt: new Date(), lastUsedStep: 0, recoveryCodeHashes: [] },
    });
    people.set(person.key, user);
  }
  return people;
}
