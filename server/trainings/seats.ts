import type { TrainingCountry } from "../../shared/trainings";

interface Capacity {
  capacity: number;
  capacityPerCountry: ReadonlyArray<{ country: string; seats: number }>;
}
interface Seated {
  country: string;
  status: string;
}

/** Whether one more participant from `country` fits: the total, and that country's seats when it has a quota. */
export function hasSeat(training: Capacity, registrations: readonly Seated[], country: TrainingCountry | string): boolean {
  const confirmed = registrations.filter((r) => r.status === "confirmed");
  if (confirmed.length >= training.capacity) return false;
  const quota = training.capacityPerCountry.find((c) => c.country === country);
  return !quota || confirmed.filter((r) => r.country === country).length < quota.seats;
}

/**
 * Who moves up from the waiting list, in order of arrival: each waiting registration that fits now
 * (a full country's quota does not hold up someone from another country).
 */
export function promotions<R extends Seated & { seq: number }>(training: Capacity, registrations: readonly R[]): R[] {
  const seated: Seated[] = registrations.filter((r) => r.status === "confirmed").map((r) => ({ country: r.country, status: r.status }));
  const moved: R[] = [];
  for (const waiting of [...registrations].filter((r) => r.status === "waiting").sort((a, b) => a.seq - b.seq)) {
    if (!hasSeat(training, seated, waiting.country)) continue;
    seated.push({ country: waiting.country, status: "confirmed" });
    moved.push(waiting);
  }
  return moved;
}
