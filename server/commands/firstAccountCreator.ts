import type { z } from "zod";
import type { firstAccountSchema } from "../../shared/schemas/accounts";
import { Conflict, NotFound } from "../errors";
import { Organisation } from "../models/Organisation";
import { User, type UserDocument } from "../models/User";
import { claimLink } from "./oneTimeLinkClaimer";
import passwordSetter from "./passwordSetter";

/** Creates the first secretariat account from the first-start link, on an empty database only. */
export default async function firstAccountCreator(props: { token: string; input: z.output<typeof firstAccountSchema> }): Promise<UserDocument> {
  const { input } = props;
  const passwordHash = await passwordSetter({ password: input.password, name: input.name, email: input.email });
  const claim = await claimLink(props.token, "first_account");
  if (!claim) throw NotFound("This link is not valid: it was used, has expired or never existed");
  try {
    if ((await User.countDocuments()) > 0) throw Conflict("The first account already exists", "already_set_up");
    const organisation =
      (await Organisation.findOne({ name: input.organisation.name, country: input.organisation.country })) ??
      (await Organisation.create(input.organisation));
    return await User.create({
      name: input.name,
      email: input.email,
      role: "secretariat",
      language: input.language,
      organisationId: organisation._id,
      passwordHash,
    });
  } catch (error) {
    await claim.release();
    throw error;
  }
}
