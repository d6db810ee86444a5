import type { TrainingInput } from "../../shared/schemas/trainings";
import type { TestClient } from "./testClient";

export function trainingInput(overrides: Partial<TrainingInput> = {}): TrainingInput {
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    title: "Benelux training day: identifying victims in shelters",
    description: "Mixed groups work on fictitious cases.",
    audienceDisciplines: ["shelter_ngo", "specialised_victim_centre"],
    audienceCountries: ["BE", "NL", "LU"],
    days: [{ date: inAMonth, startTime: "09:30", endTime: "16:30" }],
    place: "Benelux House, Brussels",
    languages: ["nl", "fr"],
    interpretation: true,
    capacity: 40,
    registrationDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    organiser: "secretariat",
    status: "published",
    ...overrides,
  };
}

/** Creates a training over HTTP (as an organiser) and returns its id. */
export async function createTraining(http: TestClient, overrides: Partial<TrainingInput> = {}): Promise<string> {
  const response = await http.post("/api/trainings", trainingInput(overrides));
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}
