import { audit } from "../audit/auditLog";
import { createLinkToken } from "../auth/linkTokens";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { CalendarFeed } from "../models/CalendarFeed";
import { authorize } from "../policies";

/** Creates (or replaces) the actor's personal calendar feed (`calendar.feed`); returns its secret token once. */
export default async function calendarFeedIssuer(props: { actor: ActingUser }): Promise<string> {
  const { actor } = props;
  authorize(actor, "calendar.feed", { userId: actor.id });
  const { token, hash } = createLinkToken();
  await CalendarFeed.deleteMany({ userId: actor.id });
  await CalendarFeed.create({ userId: actor.id, tokenHash: hash });
  await audit({ action: "calendar_feed.created", ...auditActor(actor), target: { type: "user", id: actor.id, label: actor.name } });
  return token;
}
