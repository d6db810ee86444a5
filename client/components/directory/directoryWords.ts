import type { Language } from "../../../shared/languages";
import type { MessageKey } from "../../i18n/en";
import type { Translate } from "../../i18n/I18nProvider";

const names = new Map<Language, Intl.DisplayNames>();

/** A directory language (ISO 639-1) named in the reader's language: "Luxembourgish", "luxembourgeois". */
export function languageName(code: string, language: Language): string {
  let display = names.get(language);
  if (!display) {
    display = new Intl.DisplayNames([language], { type: "language" });
    names.set(language, display);
  }
  return display.of(code) ?? code;
}

/** The ".one" or ".other" message of a count (nl, fr and en all have just these two forms here). */
export function countMessage(t: Translate, base: "directory.count" | "picker.missing", count: number): string {
  return t(`${base}.${count === 1 ? "one" : "other"}` as MessageKey, { count });
}
