import { domainEvents } from "../domainEvents";
import { SessionRecord } from "../models/SessionRecord";

/** Deletes sessions (all of a user's, or some) and tells realtime to drop their sockets. */
export default async function sessionRevoker(props: { userId: string; sessionIds?: string[]; except?: string }): Promise<string[]> {
  const filter: Record<string, unknown> = { userId: props.userId };
  if (props.sessionIds) filter._id = { $in: props.sessionIds };
  const records = await SessionRecord.find(filter, { _id: 1 }).lean();
  const ids = records.map((record) => record._id).filter((id) => id !== props.except);
  if (ids.length > 0) {
    await SessionRecord.deleteMany({ _id: { $in: ids } });
    domainEvents.emit("sessions.revoked", ids);
  }
  return ids;
}
