import { AGENDA_TAGS, MEETING_LIMITS } from "../../../shared/meetings";
import { ApiError } from "../../api/http";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { CheckboxGroup } from "../form/Checkbox";
import type { FieldMessages } from "../form/fieldMessages";

const PLANNED_MINUTES = ["meetings.field.minutesInvalid", { max: MEETING_LIMITS.plannedMinutesMax }] as const;
/** An agenda item's planned time: a whole number of minutes, within the limit. */
export const PLANNED_MINUTES_MESSAGES: FieldMessages = { invalid: PLANNED_MINUTES, missing: PLANNED_MINUTES };

/** The tags of PRODUCT.md (forms of exploitation, domains) as a group of checkboxes, for the form's `tags`. */
export function TagFieldset({ name = "tags" }: { name?: string }) {
  const { t } = useI18n();
  return <CheckboxGroup name={name} size="small" legend={t("meetings.field.tags")} hint={t("meetings.field.tagsHint")} choices={AGENDA_TAGS.map((tag) => ({ value: tag, label: t(`meetings.tag.${tag}`) }))} />;
}

/** A socket refusal as an ApiError, so forms show it like an HTTP problem. */
export function roomError(failure: RoomFailure): ApiError {
  return new ApiError({ type: "about:blank", title: failure.message ?? failure.code, status: 0, code: failure.code, issues: failure.issues });
}
