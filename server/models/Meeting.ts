import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { LANGUAGES } from "../../shared/languages";
import { AGENDA_ITEM_TYPES, AGENDA_TAGS, ATTENDANCE_STATUSES, MEETING_STATUSES } from "../../shared/meetings";
import { reportWrites } from "./writeReports";

/** An agenda entry, embedded: the whole agenda changes in one atomic update (no transactions here). */
export const agendaEntrySchema = new mongoose.Schema(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: ["item", "section"], required: true },
    title: { type: String, required: true },
    type: { type: String, enum: AGENDA_ITEM_TYPES, default: "discussion" },
    presenter: { type: String, default: "" },
    plannedMinutes: { type: Number, default: 0 },
    description: { type: String, default: "" },
    documentIds: { type: [String], default: [] },
    tags: { type: [String], enum: AGENDA_TAGS, default: [] },
    /** Contact points of the directory this item refers to. */
    contactPointIds: { type: [String], default: [] },
  },
  { _id: false },
);

const attendanceSchema = new mongoose.Schema(
  { userId: { type: String, required: true }, status: { type: String, enum: ATTENDANCE_STATUSES, required: true } },
  { _id: false },
);

const elapsedSchema = new mongoose.Schema({ itemId: { type: String, required: true }, ms: { type: Number, required: true } }, { _id: false });

const meetingSchema = new mongoose.Schema(
  {
    title: { type: String, required: true },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, required: true },
    place: { type: String, default: "" },
    videoUrl: { type: String, default: "" },
    language: { type: String, enum: LANGUAGES, required: true },
    participantIds: { type: [String], default: [] },
    status: { type: String, enum: MEETING_STATUSES, default: "scheduled" },
    createdBy: { type: String, default: null },
    agenda: { type: [agendaEntrySchema], default: [] },
    agendaVersion: { type: Number, default: 0 },
    currentItemId: { type: String, default: null },
    timer: { type: new mongoose.Schema({ itemId: String, runningSince: Date }, { _id: false }), default: null },
    elapsed: { type: [elapsedSchema], default: [] },
    attendance: { type: [attendanceSchema], default: [] },
    startedAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    finalisedAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    /**
     * iCalendar SEQUENCE of the meeting's invitation: increases when what a calendar shows changes
     * (time, place, title, status, someone taken off), so e-mailed updates and the CANCEL replace it.
     */
    calendarSequence: { type: Number, default: 0 },
    /** The co-edited minutes, once documents exist; only the id is kept here. */
    minutesDocumentId: { type: String, default: null },
    /** Optimistic concurrency: every write is conditional on the revision it read. */
    revision: { type: Number, default: 0 },
  },
  { timestamps: true },
);
meetingSchema.index({ startsAt: -1 });
meetingSchema.index({ participantIds: 1, startsAt: -1 });

/** Every write through mongoose, for the in-process read models (server/readModels/). */
export const onMeetingWrite = reportWrites(meetingSchema);

export type MeetingFields = InferSchemaType<typeof meetingSchema>;
export type MeetingDocument = HydratedDocument<MeetingFields>;
export const Meeting = mongoose.model("Meeting", meetingSchema);
