import { Suspense } from "react";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { lazyScene } from "./areas/lazyScene";
import { Layout } from "./components/Layout";
import { Loading } from "./components/Loading";
import { ErrorScene } from "./scenes/ErrorScene";
import { HomeScene } from "./scenes/HomeScene";
import { NotFoundScene } from "./scenes/NotFoundScene";
import { RequireAbility, RequireSession } from "./session/guards";

/*
 * The shell (this file, the layout, session, words, HTTP and the home page people land on) is
 * the main chunk; each area of pages is a chunk loaded when one of its pages is first opened
 * (bench/bundle.ts measures them).
 */
const auth = () => import("./areas/auth");
const account = () => import("./areas/account");
const admin = () => import("./areas/admin");
const documents = () => import("./areas/documents");
const editor = () => import("./areas/editor");
const meetings = () => import("./areas/meetings");
const archive = () => import("./areas/archive");
const notifications = () => import("./areas/notifications");
const directory = () => import("./areas/directory");
const trainings = () => import("./areas/trainings");
const trainingGroups = () => import("./areas/trainingGroups");

const page = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) => {
  const Scene = lazyScene(load, name);
  return <Scene />;
};

const meetingRoutes: RouteObject[] = [
  { path: "meetings", element: page(meetings, "MeetingsScene") },
  { path: "meetings/new", element: page(meetings, "MeetingFormScene") },
  {
    path: "meetings/:id",
    element: page(meetings, "MeetingScene"),
    children: [
      { index: true, element: page(meetings, "MeetingAgendaPage") },
      { path: "attendance", element: page(meetings, "MeetingAttendancePage") },
      { path: "records", element: page(meetings, "MeetingRecordsPage") },
      { path: "history", element: page(meetings, "MeetingHistoryPage") },
      { path: "minutes-review", element: page(meetings, "MeetingMinutesReviewPage") },
      // The room screen has its own page now (no app chrome); old links lead there.
      { path: "present", element: <Navigate to="../room" relative="path" replace /> },
      { path: "edit", element: page(meetings, "MeetingFormScene") },
    ],
  },
  { path: "action-items", element: page(meetings, "ActionItemsScene") },
  { path: "prompts", element: page(meetings, "PromptsScene") },
  { path: "archive", element: page(archive, "ArchiveScene") },
  { path: "archive/:number", element: page(archive, "ArchiveRecordScene") },
  { path: "trainings", element: page(trainings, "TrainingsScene") },
  { path: "trainings/new", element: page(trainings, "TrainingFormScene") },
  { path: "trainings/history", element: page(trainings, "TrainingHistoryScene") },
  { path: "trainings/:id", element: page(trainings, "TrainingScene") },
  { path: "trainings/:id/edit", element: page(trainings, "TrainingFormScene") },
  { path: "trainings/:id/groups", element: page(trainingGroups, "TrainingGroupsScene") },
];

/** The directory: the server decides what each role sees (observers: organisations and function-based entries). */
const directoryRoutes: RouteObject[] = [
  { path: "directory", element: page(directory, "DirectoryScene") },
  { path: "directory/contact-points/:id", element: page(directory, "ContactPointScene") },
  { path: "directory/organisations/:id", element: page(directory, "OrganisationScene") },
  { path: "directory/freshness", element: page(directory, "FreshnessScene") },
  { path: "directory/grants", element: page(directory, "GrantsScene") },
  { path: "directory/pathways", element: page(directory, "PathwaysScene") },
  { path: "directory/pathways/new", element: page(directory, "PathwayCreateScene") },
  { path: "directory/pathways/:id", element: page(directory, "PathwayScene") },
];

/**
 * Public pages first (sign-in and the pages opened from one-time links); everything else needs a
 * session, and administration also needs the ability (the server checks again on every call).
 */
export const router = createBrowserRouter([
  {
    // The room screen is for the projector: no header, navigation or footer around it.
    element: <RequireSession />,
    errorElement: <ErrorScene />,
    children: [{ path: "meetings/:id/room", element: <Suspense fallback={<Loading />}>{page(meetings, "MeetingRoomScene")}</Suspense> }],
  },
  {
    element: <Layout />,
    errorElement: <ErrorScene />,
    children: [
      {
        errorElement: <ErrorScene />,
        children: [
          { path: "sign-in", element: page(auth, "SignInScene") },
          { path: "sign-in/code", element: page(auth, "SecondFactorScene") },
          { path: "setup/:token", element: page(auth, "SetupScene") },
          { path: "invite/:token", element: page(auth, "AcceptInvitationScene") },
          { path: "reset/:token", element: page(auth, "ResetPasswordScene") },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomeScene /> },
              { path: "account", element: page(account, "AccountScene") },
              { path: "account/two-factor", element: page(auth, "TwoFactorScene") },
              { path: "account/notifications", element: page(notifications, "NotificationPreferencesScene") },
              { path: "notifications", element: page(notifications, "NotificationsScene") },
              { path: "documents", element: page(documents, "DocumentsScene") },
              { path: "documents/new", element: page(documents, "NewDocumentScene") },
              { path: "documents/:id", element: page(editor, "DocumentScene") },
              { path: "documents/:id/settings", element: page(documents, "DocumentSettingsScene") },
              { path: "documents/:id/history", element: page(documents, "DocumentHistoryScene") },
              { path: "documents/:id/history/compare", element: page(documents, "DocumentComparisonScene") },
              { path: "documents/:id/history/:versionId", element: page(editor, "DocumentVersionScene") },
              ...meetingRoutes,
              ...directoryRoutes,
              {
                path: "admin",
                children: [
                  {
                    element: <RequireAbility ability="manageUsers" />,
                    children: [
                      { path: "users", element: page(admin, "UsersScene") },
                      { path: "users/:id", element: page(admin, "UserScene") },
                    ],
                  },
                  { element: <RequireAbility ability="manageInvitations" />, children: [{ path: "invitations", element: page(admin, "InvitationsScene") }] },
                  {
                    element: <RequireAbility ability={["manageUsers", "manageInvitations"]} />,
                    children: [{ path: "organisations", element: page(admin, "OrganisationsScene") }],
                  },
                  { element: <RequireAbility ability="manageSettings" />, children: [{ path: "settings", element: page(admin, "SettingsScene") }] },
                  { element: <RequireAbility ability="readAuditLog" />, children: [{ path: "audit", element: page(admin, "AuditScene") }] },
                  { element: <RequireAbility ability="readQuarantine" />, children: [{ path: "quarantine", element: page(admin, "QuarantineScene") }] },
                ],
              },
              { path: "*", element: <NotFoundScene /> },
            ],
          },
        ],
      },
    ],
  },
]);
