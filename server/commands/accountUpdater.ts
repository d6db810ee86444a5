import type { z } from "zod";
import type { updateAccountSchema } from "../../shared/schemas/accounts";
import type { UserDocument } from "../models/User";
import { authorize } from "../policies";

/** A user changes their own name or language (`account.update`). Not audited: nothing security-relevant. */
export default async function accountUpdater(props: { user: UserDocument; input: z.output<typeof updateAccountSchema> }): Promise<UserDocument> {
  const { user, input } = props;
  authorize(user, "account.update", { id: user.id });
  if (input.name !== undefined) user.name = input.name;
  if (input.language !== undefined) user.language = input.language;
  await user.save();
  return user;
}
