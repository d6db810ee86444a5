import { Types } from "mongoose";
import type { AgendaEntry } from "../../shared/meetingTypes";
import { loadParent } from "../../server/attachments/attachmentParents";
import attachmentUploader from "../../server/commands/attachmentUploader";
import { Training } from "../../server/models/Training";
import { TrainingRegistration } from "../../server/models/TrainingRegistration";
import type { UserDocument } from "../../server/models/User";
import { seedTrainingGroups } from "./demoTrainingGroups";

const DAY = 86_400_000;
const session = (title: string, presenter: string, plannedMinutes: number): AgendaEntry => ({
  id: new Types.ObjectId().toHexString(), kind: "item", title, type: "information", presenter, plannedMinutes, description: "", documentIds: [], tags: [],
});
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Fictional shelter staff of the three countries (no accounts: registered by the secretariat). */
const PAST_PARTICIPANTS = [
  ["Anke Vermeulen", "BE", "shelter_ngo", "nl"], ["Bart Claes", "BE", "specialised_victim_centre", "nl"], ["Céline Dubois", "BE", "shelter_ngo", "fr"],
  ["Marloes de Groot", "NL", "shelter_ngo", "nl"], ["Joris Bakker", "NL", "specialised_victim_centre", "nl"], ["Fatima El Amrani", "NL", "shelter_ngo", "nl"],
  ["Sophie Muller", "LU", "shelter_ngo", "fr"], ["Tom Weis", "LU", "specialised_victim_centre", "fr"],
] as const;

/** The first Benelux training day (2016, shelter staff, past) and an upcoming one with open registration. */
export async function seedTrainings(people: Map<string, UserDocument>): Promise<void> {
  const secretariat = people.get("secretariat")!;
  const past = await Training.create({
    title: "Eerste Benelux-opleidingsdag voor opvangmedewerkers",
    description: "Medewerkers van de opvang uit de drie landen werken in gemengde groepen aan fictieve casussen. Op deze dag wordt de grijze stoel onthuld.",
    audienceDisciplines: ["shelter_ngo", "specialised_victim_centre"],
    audienceCountries: ["BE", "NL", "LU"],
    days: [{ date: "2016-09-29", startTime: "09:30", endTime: "16:30" }],
    place: "Benelux House, Regentschapsstraat 39, Brussel",
    languages: ["nl", "fr"],
    interpretation: true,
    capacity: 60,
    capacityPerCountry: [{ country: "LU", seats: 15 }],
    registrationDeadline: new Date("2016-09-15T22:00:00Z"),
    organiser: "secretariat",
    status: "published",
    programme: [session("Welkom en onthulling van de grijze stoel", "Benelux-secretariaat", 30), session("Casuswerk in gemengde groepen", "Opvangcentra BE, NL, LU", 150), session("Terugkoppeling en afspraken", "Voorzitter", 45)],
    createdBy: secretariat.id,
  });
  await TrainingRegistration.insertMany(
    PAST_PARTICIPANTS.map(([name, country, discipline, language], index) => ({
      trainingId: past.id, registeredBy: secretariat.id, userId: null, name, country, discipline, language, status: "confirmed", seq: index + 1,
    })),
  );
  const acting = { id: secretariat.id as string, name: secretariat.name, role: "secretariat" as const, active: true };
  const programmeText = "Programma van de eerste Benelux-opleidingsdag\n\n09:30 Welkom en onthulling van de grijze stoel\n10:00 Casuswerk in gemengde groepen\n15:45 Terugkoppeling en afspraken\n";
  await attachmentUploader({
    actor: acting,
    loaded: await loadParent(acting, "training", past.id),
    target: { kind: "training", id: past.id, itemId: null },
    name: "Programma opleidingsdag 2016.txt",
    readFile: async () => Buffer.from(programmeText),
  });
  await seedTrainingGroups(past.id, secretariat);

  await Training.create({
    title: "Joint training: magistrates, police and immigration services",
    description: "Recognising victims of trafficking in the asylum and migration procedure, and referring them across the border.",
    audienceDisciplines: ["public_prosecution", "police", "immigration"],
    audienceCountries: ["BE", "NL", "LU"],
    days: [{ date: dayFromNow(45), startTime: "09:00", endTime: "17:00" }, { date: dayFromNow(46), startTime: "09:00", endTime: "13:00" }],
    place: "Benelux House, Brussels",
    videoUrl: "https://video.example.org/benelux-training",
    languages: ["nl", "fr", "en"],
    interpretation: true,
    capacity: 40,
    capacityPerCountry: [{ country: "BE", seats: 15 }, { country: "NL", seats: 15 }, { country: "LU", seats: 10 }],
    registrationDeadline: new Date(Date.now() + 30 * DAY),
    organiser: "NL",
    status: "published",
    programme: [session("Indicators in the asylum interview", "Immigratie- en Naturalisatiedienst", 60), session("Case exercise in mixed groups", "Working group", 120), session("Cross-border referral steps", "National rapporteurs", 45)],
    createdBy: secretariat.id,
  });
}
