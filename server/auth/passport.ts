import passport from "passport";
import { userMayUseAccount, type UserDocument } from "../models/User";
import { loadSessionUser } from "./userCache";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface User extends UserDocument {}
  }
}

/**
 * The session keeps only the user id; each request looks the user up again (through a short-lived
 * cache that every write to a user and every access change clears, server/auth/userCache.ts), so a
 * deactivated or expired account loses access at once. Password checking is not a passport strategy here: the
 * sign-in route runs it with throttling and timing equalisation, then calls req.login().
 */
export function configurePassport(): typeof passport {
  passport.serializeUser<string>((user, done) => done(null, user.id));
  passport.deserializeUser<string>((id, done) => {
    loadSessionUser(id)
      .then((user) => done(null, user && userMayUseAccount(user) ? user : false))
      .catch((error) => done(error));
  });
  return passport;
}
