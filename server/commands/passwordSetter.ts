import { HttpError } from "../errors";
import { hashPassword } from "../auth/passwordHashing";
import { checkPassword } from "../auth/passwordPolicy";

/** Checks a new password against the policy and returns its argon2id hash; 422 weak_password otherwise. */
export default async function passwordSetter(props: { password: string; name?: string; email?: string; field?: string }): Promise<string> {
  const problems = checkPassword(props.password, { name: props.name, email: props.email });
  if (problems.length > 0) {
    const issues = problems.map((problem) => ({ path: `body.${props.field ?? "password"}`, message: problem }));
    throw new HttpError(422, "weak_password", "The password does not meet the rules", { issues });
  }
  return hashPassword(props.password);
}
