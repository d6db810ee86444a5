import type { Language } from "../../shared/languages";

const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/** "45 seconds", "3 minuten", "1 minute": rounded up, in the user's language, with the right plural. */
export function formatWait(seconds: number, language: Language): string {
  const whole = Math.max(1, Math.ceil(seconds));
  const [value, unit] = whole < 60 ? [whole, "second"] : whole < 5400 ? [Math.ceil(whole / 60), "minute"] : [Math.ceil(whole / 3600), "hour"];
  return new Intl.NumberFormat(LOCALES[language], { style: "unit", unit, unitDisplay: "long" }).format(value);
}
