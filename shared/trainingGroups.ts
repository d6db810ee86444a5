/** Mixed groups on cases at a joint training: shared types, limits and the balancing algorithm. */
import type { Discipline } from "./directory";
import type { TrainingCountry } from "./trainings";

export const TRAINING_GROUP_LIMITS = {
  groupsMin: 1,
  groupsMax: 30,
} as const;

export interface GroupParticipant {
  id: string;
  country: TrainingCountry;
  discipline: Discipline | null;
  /** Order of arrival: the last tie-breaker, so the proposal never depends on the input order. */
  seq: number;
}

export interface PresentedGroupMember {
  registrationId: string;
  name: string;
  organisation: string;
  country: TrainingCountry;
  discipline: Discipline | null;
  /** Has an account: may open the group's case. */
  hasAccount: boolean;
}

export interface PresentedTrainingGroup {
  id: string;
  number: number;
  members: PresentedGroupMember[];
  /** The group's co-edited case document (case exercise template), once created. */
  caseDocumentId: string | null;
  /** The good-practice draft made from the group's result after the training. */
  goodPracticeDocumentId: string | null;
}

export interface PresentedTrainingGroups {
  trainingId: string;
  groups: PresentedTrainingGroup[];
  /** Confirmed participants in no group (registered after the proposal, or moved out). */
  unassigned: PresentedGroupMember[];
  /** The last day is over: results may become good-practice drafts. */
  trainingOver: boolean;
}

/** The group of one's own registration, shown to the participant on the training page. */
export interface PresentedMyGroup {
  number: number;
  caseDocumentId: string | null;
}

/**
 * Deterministic, balanced groups: sizes differ by at most one, and each participant goes to the
 * group (with room left) holding the fewest of their country, then of their discipline, then the
 * smallest, then the first. Participants are placed largest country first (then by country code,
 * discipline and arrival), so every country is dealt across the groups before the next one fills
 * the gaps. The same participants always give the same groups, in whatever order they come.
 */
export function proposeGroups(participants: readonly GroupParticipant[], groupCount: number): string[][] {
  const count = Math.max(1, Math.min(Math.floor(groupCount), Math.max(1, participants.length)));
  const base = Math.floor(participants.length / count);
  const room = Array.from({ length: count }, (_, i) => base + (i < participants.length % count ? 1 : 0));
  const perCountry = new Map<string, number>();
  for (const p of participants) perCountry.set(p.country, (perCountry.get(p.country) ?? 0) + 1);
  const ordered = [...participants].sort(
    (a, b) =>
      (perCountry.get(b.country) ?? 0) - (perCountry.get(a.country) ?? 0) ||
      a.country.localeCompare(b.country) ||
      (a.discipline ?? "~").localeCompare(b.discipline ?? "~") ||
      a.seq - b.seq ||
      a.id.localeCompare(b.id),
  );
  const groups = room.map((size, index) => ({ index, size, members: [] as GroupParticipant[] }));
  for (const p of ordered) {
    const cost = (g: (typeof groups)[number]) => [
      g.members.filter((m) => m.country === p.country).length,
      p.discipline ? g.members.filter((m) => m.discipline === p.discipline).length : 0,
      g.members.length,
      g.index,
    ];
    const open = groups.filter((g) => g.members.length < g.size);
    const best = open.reduce((a, b) => (lexLess(cost(b), cost(a)) ? b : a));
    best.members.push(p);
  }
  return groups.map((g) => g.members.map((p) => p.id));
}

function lexLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i >= 0 && (a[i] ?? 0) < (b[i] ?? 0);
}
