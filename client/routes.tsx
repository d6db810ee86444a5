import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout";
import { RequireAbility, RequireSession } from "./session/guards";
import { AcceptInvitationScene } from "./scenes/AcceptInvitationScene";
import { AccountScene } from "./scenes/AccountScene";
import { AuditScene } from "./scenes/admin/AuditScene";
import { InvitationsScene } from "./scenes/admin/InvitationsScene";
import { OrganisationsScene } from "./scenes/admin/OrganisationsScene";
import { QuarantineScene } from "./scenes/admin/QuarantineScene";
import { SettingsScene } from "./scenes/admin/SettingsScene";
import { UserScene } from "./scenes/admin/UserScene";
import { UsersScene } from "./scenes/admin/UsersScene";
import { DocumentHistoryScene } from "./scenes/documents/DocumentHistoryScene";
import { DocumentSettingsScene } from "./scenes/documents/DocumentSettingsScene";
import { DocumentsScene } from "./scenes/documents/DocumentsScene";
import { LazyDocumentScene, LazyDocumentVersionScene } from "./scenes/documents/lazyScenes";
import { NewDocumentScene } from "./scenes/documents/NewDocumentScene";
import { meetingRoutes } from "./meetings/meetingRoutes";
import { ErrorScene } from "./scenes/ErrorScene";
import { HomeScene } from "./scenes/HomeScene";
import { NotFoundScene } from "./scenes/NotFoundScene";
import { ResetPasswordScene } from "./scenes/ResetPasswordScene";
import { SecondFactorScene } from "./scenes/SecondFactorScene";
import { SetupScene } from "./scenes/SetupScene";
import { SignInScene } from "./scenes/SignInScene";
import { TwoFactorScene } from "./scenes/TwoFactorScene";

/**
 * Public pages first (sign-in and the pages opened from one-time links); everything else needs a
 * session, and administration also needs the ability (the server checks again on every call).
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <ErrorScene />,
    children: [
      {
        errorElement: <ErrorScene />,
        children: [
          { path: "sign-in", element: <SignInScene /> },
          { path: "sign-in/code", element: <SecondFactorScene /> },
          { path: "setup/:token", element: <SetupScene /> },
          { path: "invite/:token", element: <AcceptInvitationScene /> },
          { path: "reset/:token", element: <ResetPasswordScene /> },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomeScene /> },
              { path: "account", element: <AccountScene /> },
              { path: "account/two-factor", element: <TwoFactorScene /> },
              { path: "documents", element: <DocumentsScene /> },
              { path: "documents/new", element: <NewDocumentScene /> },
              { path: "documents/:id", element: <LazyDocumentScene /> },
              { path: "documents/:id/settings", element: <DocumentSettingsScene /> },
              { path: "documents/:id/history", element: <DocumentHistoryScene /> },
              { path: "documents/:id/history/:versionId", element: <LazyDocumentVersionScene /> },
              ...meetingRoutes,
              {
                path: "admin",
                children: [
                  {
                    element: <RequireAbility ability="manageUsers" />,
                    children: [
                      { path: "users", element: <UsersScene /> },
                      { path: "users/:id", element: <UserScene /> },
                    ],
                  },
                  { element: <RequireAbility ability="manageInvitations" />, children: [{ path: "invitations", element: <InvitationsScene /> }] },
                  {
                    element: <RequireAbility ability={["manageUsers", "manageInvitations"]} />,
                    children: [{ path: "organisations", element: <OrganisationsScene /> }],
                  },
                  { element: <RequireAbility ability="manageSettings" />, children: [{ path: "settings", element: <SettingsScene /> }] },
                  { element: <RequireAbility ability="readAuditLog" />, children: [{ path: "audit", element: <AuditScene /> }] },
                  { element: <RequireAbility ability="readQuarantine" />, children: [{ path: "quarantine", element: <QuarantineScene /> }] },
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
