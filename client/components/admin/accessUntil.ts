import type { Translate } from "../../i18n/I18nProvider";
import type { FieldErrors } from "../form/useForm";

/** Today in Brussels, as YYYY-MM-DD: the date an observer's access may end at the earliest. */
export function todayInBrussels(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** Optional date: empty is fine; otherwise a real date, today or later. */
export function accessUntilError(value: string, id: string, t: Translate): FieldErrors {
  if (value === "") return {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return { [id]: t("field.accessUntil.invalid") };
  if (value < todayInBrussels()) return { [id]: t("field.accessUntil.past") };
  return {};
}
