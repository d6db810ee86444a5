import type { z } from "zod";
import type { actionItemInputSchema, actionItemUpdateSchema } from "../../shared/schemas/meetings";
import { NotFound, Validation } from "../errors";
import { domainEvents } from "../domainEvents";
import { ActionItem, type ActionItemDocument } from "../models/ActionItem";
import { User } from "../models/User";
import type { ActingUser } from "../meetings/actingUser";
import { auditAcknowledgements, guardWrittenText, type FieldFinding } from "../meetings/writtenTextGuard";
import type { MeetingRecord } from "../meetings/meetingStore";

async function checkOwner(ownerId: string): Promise<void> {
  if (!(await User.exists({ _id: ownerId, active: true }))) throw Validation([{ path: "body.ownerId", message: "unknown person" }]);
}

/** Records an action item on an agenda item (any type). */
export default async function actionItemCreator(props: { actor: ActingUser; meeting: MeetingRecord; input: z.output<typeof actionItemInputSchema> }): Promise<ActionItemDocument> {
  const { input, meeting } = props;
  if (!(meeting.agenda ?? []).some((e) => e.id === input.itemId && e.kind === "item")) throw NotFound("This agenda item was not found");
  await checkOwner(input.ownerId);
  const { acknowledgedFindings, ...fields } = input;
  const guarded = guardWrittenText({ texts: [{ field: "description", text: input.description }], previous: [], acknowledgedKeys: acknowledgedFindings, actor: props.actor });
  const item = await ActionItem.create({ meetingId: String(meeting._id), ...fields, acknowledgements: guarded.acknowledgements, createdBy: props.actor.id });
  await auditAcknowledgements(guarded.added, props.actor, "actionItem.finding_acknowledged", { type: "actionItem", id: item.id });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: String(meeting._id) });
  domainEvents.emit("actionItem.assigned", { actionItemId: item.id, meetingId: item.meetingId, ownerId: item.ownerId, byUserId: props.actor.id });
  return item;
}

/** Changes an action item; the owner may only change its status (the route checks who may). */
export async function actionItemUpdater(props: { item: ActionItemDocument; input: z.output<typeof actionItemUpdateSchema>; actor: ActingUser }): Promise<ActionItemDocument> {
  const { item, input } = props;
  const newOwner = input.ownerId !== undefined && input.ownerId !== item.ownerId;
  if (input.ownerId) await checkOwner(input.ownerId);
  let added: FieldFinding[] = [];
  if (input.description !== undefined) {
    const guarded = guardWrittenText({ texts: [{ field: "description", text: input.description }], previous: item.acknowledgements, acknowledgedKeys: input.acknowledgedFindings ?? [], actor: props.actor });
    item.description = input.description;
    item.acknowledgements = guarded.acknowledgements as never;
    added = guarded.added;
  }
  if (input.ownerId !== undefined) item.ownerId = input.ownerId;
  if (input.dueDate !== undefined) item.dueDate = input.dueDate;
  if (input.status !== undefined) item.status = input.status;
  await item.save();
  await auditAcknowledgements(added, props.actor, "actionItem.finding_acknowledged", { type: "actionItem", id: item.id });
  domainEvents.emit("meeting.changed", { kind: "records", meetingId: item.meetingId });
  if (newOwner) domainEvents.emit("actionItem.assigned", { actionItemId: item.id, meetingId: item.meetingId, ownerId: item.ownerId, byUserId: props.actor.id });
  return item;
}
