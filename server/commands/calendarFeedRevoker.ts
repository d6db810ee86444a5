import { audit } from "../audit/auditLog";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { CalendarFeed } from "../models/CalendarFeed";
import { authorize } from "../policies";

/** Revokes the actor's personal calendar feed (`calendar.feed`); its address stops working at once. */
export default async function calendarFeedRevoker(props: { actor: ActingUser }): Promise<void> {
  const { actor } = props;
  authorize(actor, "calendar.feed", { userId: actor.id });
  const { deletedCount } = await CalendarFeed.deleteMany({ userId: actor.id });
  if (deletedCount) await audit({ action: "calendar_feed.revoked", ...auditActor(actor), target: { type: "user", id: actor.id, label: actor.name } });
}
