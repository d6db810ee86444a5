import { Conflict, NotFound, Validation } from "../errors";

/** The directory's refusals, each with a stable code the client translates. */
export const organisationExists = () => Conflict("This organisation already exists", "organisation_exists");
export const organisationNotFound = () => NotFound("There is no such organisation");
/** Also for a named entry an observer may not see: not told apart from one that does not exist. */
export const contactPointNotFound = () => NotFound("There is no such contact point");
export const pathwayNotFound = () => NotFound("There is no such referral pathway");
export const unknownUsers = (path: string) => Validation([{ path, message: "must be active Greychair accounts" }]);
export const staleVersion = () => Conflict("Someone else changed this pathway in the meantime; reload it and apply your change again", "stale_version");
export const nationalPathwayExists = () => Conflict("This country already has its national referral pathway", "pathway_exists");
export const kindChanged = () => Validation([{ path: "body.kind", message: "a pathway keeps its kind" }]);
export const countryChanged = () => Validation([{ path: "body.country", message: "a national pathway keeps its country" }]);
