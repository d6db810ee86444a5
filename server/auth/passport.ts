import passport from "passport";
import { User, userMayUseAccount, type UserDocument } from "../models/User";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface User extends UserDocument {}
  }
}

/**
 * The session keeps only the user id; each request loads the user again, so a deactivated or
 * expired account loses access at once. Password checking is not a passport strategy here: the
 * sign-in route runs it with throttling and timing equalisation, then calls req.login().
 */
export function configurePassport(): typeof passport {
  passport.serializeUser<string>((user, done) => done(null, user.id));
  passport.deserializeUser<string>((id, done) => {
    User.findById(id)
      .then((user) => done(null, user && userMayUseAccount(user) ? user : false))
      .catch((error) => done(error));
  });
  return passport;
}
