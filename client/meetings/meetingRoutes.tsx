import type { RouteObject } from "react-router";
import { ActionItemsScene } from "../scenes/ActionItemsScene";
import { ArchiveRecordScene } from "../scenes/archive/ArchiveRecordScene";
import { ArchiveScene } from "../scenes/archive/ArchiveScene";
import { MeetingAgendaPage } from "../scenes/meetings/MeetingAgendaPage";
import { MeetingAttendancePage } from "../scenes/meetings/MeetingAttendancePage";
import { MeetingFormScene } from "../scenes/meetings/MeetingFormScene";
import { MeetingHistoryPage } from "../scenes/meetings/MeetingHistoryPage";
import { MeetingPresentationPage } from "../scenes/meetings/MeetingPresentationPage";
import { MeetingRecordsPage } from "../scenes/meetings/MeetingRecordsPage";
import { MeetingScene } from "../scenes/meetings/MeetingScene";
import { MeetingsScene } from "../scenes/meetings/MeetingsScene";
import { PromptsScene } from "../scenes/PromptsScene";

/** Pages of meetings, action items and the prompt library (all behind the session guard). */
export const meetingRoutes: RouteObject[] = [
  { path: "meetings", element: <MeetingsScene /> },
  { path: "meetings/new", element: <MeetingFormScene /> },
  {
    path: "meetings/:id",
    element: <MeetingScene />,
    children: [
      { index: true, element: <MeetingAgendaPage /> },
      { path: "attendance", element: <MeetingAttendancePage /> },
      { path: "records", element: <MeetingRecordsPage /> },
      { path: "history", element: <MeetingHistoryPage /> },
      { path: "present", element: <MeetingPresentationPage /> },
      { path: "edit", element: <MeetingFormScene /> },
    ],
  },
  { path: "action-items", element: <ActionItemsScene /> },
  { path: "prompts", element: <PromptsScene /> },
  { path: "archive", element: <ArchiveScene /> },
  { path: "archive/:number", element: <ArchiveRecordScene /> },
];
