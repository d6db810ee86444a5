/**
 * Pure helpers behind <DateInput> and <TimeInput>: they turn what people type, in the order and
 * the notation of their language, into the ISO strings the shared schemas check (2026-12-03,
 * 09:30), and back. Anything they cannot read is passed on unchanged, so the schema refuses it
 * with its own words rather than the client inventing a rule.
 */

export type DatePart = "day" | "month" | "year";
export type DateParts = Record<DatePart, string>;

const EMPTY: DateParts = { day: "", month: "", year: "" };

/** The order of day, month and year in a locale ("nl-BE": day month year; "en-US": month day year). */
export function datePartOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).formatToParts(Date.UTC(2026, 11, 3));
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === "day" || type === "month" || type === "year");
  return order.length === 3 ? order : ["day", "month", "year"];
}

/** "2026-12-03" → { day: "3", month: "12", year: "2026" }; anything else → empty boxes. */
export function splitIsoDate(value: unknown): DateParts {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return { ...EMPTY };
  return { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) };
}

export const isBlank = (parts: DateParts): boolean => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/**
 * Day, month and year as typed → "YYYY-MM-DD" when each is a number (a one-digit day or month is
 * padded); otherwise the pieces joined as they are, which the schema then refuses as no real date.
 */
export function joinIsoDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return `${year}-${month}-${day}`;
}

/**
 * A time as people write it in Dutch, French or English → "HH:MM" on the 24-hour clock:
 * "9:30", "9.30", "9,30", "9u30", "9h30", "930", "0930", "14h", "14 uur". Empty stays empty;
 * what cannot be read stays as typed, for the schema to refuse.
 */
export function normaliseTime(typed: string): string {
  const text = typed.trim().toLowerCase().replace(/\s*uur$/, "");
  if (!text) return "";
  const match = /^(\d{1,2})\s*[:.,hu]\s*(\d{2})$/.exec(text) ?? /^(\d{1,2})(\d{2})$/.exec(text) ?? /^(\d{1,2})\s*h?()$/.exec(text);
  if (!match) return typed.trim();
  const hours = Number(match[1]);
  const minutes = match[2] === "" ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return typed.trim();
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
