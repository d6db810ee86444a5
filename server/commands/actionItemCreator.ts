import type { z } from "zod";
import type { actionItemInputSchema, actionItemUpdateSchema } from "../../shared/schemas/meetings";
import { NotFound, Validation } from "../errors";
import { domainEvents } from "../domainEvents";
import { ActionItem, type ActionItemDocument } from "../models/ActionItem";
import { User } from "../models/User";
import type { ActingUser } from "../meetings/actingUser";
import type { MeetingRecord } from "../meetings/meetingStore";

async function checkOwner(ownerId: string): Promise<void> {
  if (!(await User.exists({ _id: ownerId, active: true }))) throw Validation([{ path: "body.ownerId", message: "unknown person" }]);
}

/** Records an action item on an agenda item (any type). */
export default async function actionItemCreator(props: { actor: ActingUser; meeting: MeetingRecord; input: z.output<typeof actionItemInputSchema> }): Promise<ActionItemDocument> {
  const { input, meeting } = props;
  if (!(meeting.agenda ?? []).some((e) => e.id === input.itemId && e.kind === "item")) throw NotFound("This agenda item was not found");
  await checkOwner(input.ownerId);
  const item = await ActionItem.create({ meetingId: String(meeting._id), ...input, createdBy: props.actor.id });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: String(meeting._id) });
  domainEvents.emit("actionItem.assigned", { actionItemId: item.id, meetingId: item.meetingId, ownerId: item.ownerId, byUserId: props.actor.id });
  return item;
}

/** Changes an action item; the owner may only change its status (the route checks who may). */
export async function actionItemUpdater(props: { item: ActionItemDocument; input: z.output<typeof actionItemUpdateSchema>; actor?: ActingUser }): Promise<ActionItemDocument> {
  const { item, input } = props;
  const newOwner = input.ownerId !== undefined && input.ownerId !== item.ownerId;
  if (input.ownerId) await checkOwner(input.ownerId);
  if (input.description !== undefined) item.description = input.description;
  if (input.ownerId !== undefined) item.ownerId = input.ownerId;
  if (input.dueDate !== undefined) item.dueDate = input.dueDate;
  if (input.status !== undefined) item.status = input.status;
  await item.save();
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: item.meetingId });
  if (newOwner) domainEvents.emit("actionItem.assigned", { actionItemId: item.id, meetingId: item.meetingId, ownerId: item.ownerId, byUserId: props.actor?.id ?? null });
  return item;
}
