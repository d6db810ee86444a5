import type { Request, RequestHandler } from "express";
import { HttpError, Unauthorized } from "../errors";
import { sessionStage } from "../auth/twoFactorRules";
import type { UserDocument } from "../models/User";

const enrolmentRequired = () => new HttpError(403, "enrolment_required", "Set up two-factor sign-in first");

/** Fully signed in: password and, where required, the second factor. */
export const requireSignedIn: RequestHandler = (req, _res, next) => {
  sessionStage(req)
    .then((stage) => {
      if (stage === "signed_in") return next();
      next(stage === "enrolment" ? enrolmentRequired() : Unauthorized());
    })
    .catch(next);
};

/** Signed in, possibly still having to set up two-factor sign-in (the enrolment routes allow this). */
export const requireAccount: RequestHandler = (req, _res, next) => {
  sessionStage(req)
    .then((stage) => (stage === "signed_in" || stage === "enrolment" ? next() : next(Unauthorized())))
    .catch(next);
};

/** The signed-in user of a request that passed requireAccount or requireSignedIn. */
export function currentUser(req: Request): UserDocument {
  if (!req.user) throw Unauthorized();
  return req.user;
}
