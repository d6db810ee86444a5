import type { Country, Role } from "../../shared/domain";
import type { PersonRef, PresentedParticipant } from "../../shared/meetingTypes";
import { cachedUsers } from "../auth/userCache";
import { organisationRefs } from "./organisationLookup";

export type People = Map<string, PresentedParticipant>;

/** The people a page refers to, with their organisation and country: from the users and organisations caches, at most two queries. */
export async function peopleLookup(ids: Array<string | null | undefined>): Promise<People> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id) && /^[0-9a-f]{24}$/.test(id!)))];
  if (wanted.length === 0) return new Map();
  const users = [...(await cachedUsers(wanted)).values()];
  const organisations = await organisationRefs(users.map((u) => u.organisationId));
  return new Map(
    users.map((user) => {
      const organisation = user.organisationId ? organisations.get(String(user.organisationId)) : undefined;
      const person: PresentedParticipant = {
        id: String(user._id),
        name: user.name,
        role: user.role as Role,
        organisation: organisation?.name ?? null,
        country: (organisation?.country as Country | undefined) ?? null,
      };
      return [person.id, person];
    }),
  );
}

export function personRef(people: People, id: string | null | undefined): PersonRef | null {
  if (!id) return null;
  const person = people.get(id);
  return person ? { id: person.id, name: person.name } : null;
}
