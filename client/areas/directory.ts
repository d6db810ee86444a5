/** The contact-point directory and the referral pathways (issue 12). */
export { ContactPointScene } from "../scenes/directory/ContactPointScene";
export { DirectoryScene } from "../scenes/directory/DirectoryScene";
export { FreshnessScene } from "../scenes/directory/FreshnessScene";
export { GrantsScene } from "../scenes/directory/GrantsScene";
export { OrganisationScene } from "../scenes/directory/OrganisationScene";
export { PathwayCreateScene } from "../scenes/directory/PathwayCreateScene";
export { PathwayScene } from "../scenes/directory/PathwayScene";
export { PathwaysScene } from "../scenes/directory/PathwaysScene";
