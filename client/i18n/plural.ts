import type { MessageKey } from "./en";
import type { Translate } from "./I18nProvider";

type PluralBase<K extends string> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;

/**
 * A count in words with the language's plural rule (Intl.PluralRules): French treats 0 and 1 as
 * singular ("0 non lue"), Dutch and English only 1. Keys come in pairs: `<base>.one`, `<base>.other`.
 */
export function plural(t: Translate, language: string, base: PluralBase<MessageKey>, count: number, values: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(language).select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}` as MessageKey, { count, ...values });
}
