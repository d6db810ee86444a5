/** Meetings with their live agenda, action items and the prompt library. */
export { ActionItemsScene } from "../scenes/ActionItemsScene";
export { PromptsScene } from "../scenes/PromptsScene";
export { MeetingAgendaPage } from "../scenes/meetings/MeetingAgendaPage";
export { MeetingAttendancePage } from "../scenes/meetings/MeetingAttendancePage";
export { MeetingFormScene } from "../scenes/meetings/MeetingFormScene";
export { MeetingHistoryPage } from "../scenes/meetings/MeetingHistoryPage";
export { MeetingMinutesReviewPage } from "../scenes/meetings/MeetingMinutesReviewPage";
export { MeetingRecordsPage } from "../scenes/meetings/MeetingRecordsPage";
export { MeetingRoomScene } from "../scenes/meetings/MeetingRoomScene";
export { MeetingScene } from "../scenes/meetings/MeetingScene";
export { MeetingsScene } from "../scenes/meetings/MeetingsScene";
