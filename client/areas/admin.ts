/** Administration, for the secretariat. */
export { AuditScene } from "../scenes/admin/AuditScene";
export { InvitationsScene } from "../scenes/admin/InvitationsScene";
export { OrganisationsScene } from "../scenes/admin/OrganisationsScene";
export { QuarantineScene } from "../scenes/admin/QuarantineScene";
export { SettingsScene } from "../scenes/admin/SettingsScene";
export { UserScene } from "../scenes/admin/UserScene";
export { UsersScene } from "../scenes/admin/UsersScene";
