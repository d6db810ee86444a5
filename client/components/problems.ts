import type { Language } from "../../shared/languages";
import type { Problem } from "../../shared/types";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import type { MessageKey } from "../i18n/en";
import { formatWait } from "../i18n/duration";
import type { Translate } from "../i18n/I18nProvider";

/** Problem codes the interface explains in the user's language; anything else gets the generic message. */
const PROBLEM_MESSAGES: Record<string, MessageKey> = {
  invalid_credentials: "problem.invalidCredentials",
  unsupported_file_type: "problem.unsupportedFileType",
  personal_data_found: "problem.personalDataFound",
  already_registered: "problem.alreadyRegistered",
  invalid_code: "problem.invalidCode",
  invitation_invalid: "problem.invitationInvalid",
  two_factor_required: "problem.twoFactorRequired",
  weak_password: "problem.weakPassword",
  validation_failed: "problem.validationFailed",
  unauthorized: "problem.unauthorized",
  forbidden: "problem.forbidden",
  not_found: "problem.notFound",
  csrf_invalid: "problem.csrfInvalid",
  payload_too_large: "problem.payloadTooLarge",
  network_error: "problem.networkError",
  account_exists: "problem.emailTaken",
  wrong_password: "problem.invalidPassword",
  enrolment_required: "problem.enrolmentRequired",
  last_secretariat: "problem.lastSecretariat",
  organisation_exists: "problem.organisationExists",
  already_set_up: "problem.alreadySetUp",
  no_enrolment: "problem.noEnrolment",
  minutes_approved: "minutesReview.problem.approved",
  mail_off: "mail.problem.off",
};

export function problemMessage(problem: Problem, t: Translate, language: Language): string {
  if (problem.code === "rate_limited") {
    return problem.retryAfter ? t("problem.rateLimitedFor", { wait: formatWait(problem.retryAfter, language) }) : t("problem.rateLimited");
  }
  if (problem.code === "locked") {
    return problem.retryAfter
      ? t("problem.lockedFor", { wait: formatWait(problem.retryAfter, language) })
      : t("problem.locked", { minutes: ACCOUNT_LIMITS.lockoutMinutes });
  }
  const key = PROBLEM_MESSAGES[problem.code];
  if (key) return t(key);
  return problem.requestId ? t("problem.genericWithReference", { reference: problem.requestId }) : t("problem.generic");
}

/** The server's weak-password rules, each with its own advice. */
const PASSWORD_RULES: Record<string, MessageKey> = {
  too_short: "password.rule.tooShort",
  too_long: "password.rule.tooLong",
  common: "password.rule.common",
  contains_personal_data: "password.rule.personalData",
  repeated: "password.rule.repeated",
  sequence: "password.rule.sequence",
  guessable: "password.rule.guessable",
  weak: "password.rule.guessable",
};

export function passwordRuleMessage(rule: string, t: Translate): string {
  return t(PASSWORD_RULES[rule.trim()] ?? "password.rule.guessable", { min: ACCOUNT_LIMITS.passwordMin, max: ACCOUNT_LIMITS.passwordMax });
}
