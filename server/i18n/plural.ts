/**
 * Counted words in what the server writes (e-mails, minutes, PDF exports), chosen like the
 * client's ICU plurals (client/i18n/formatMessage.ts) with Intl.PluralRules for the locale:
 * Dutch and English "1 onthouding" / "2 onthoudingen", French "0 abstention" / "2 abstentions".
 */

/** Forms by Intl.PluralRules category; "other" is always there. "{count}" is the number. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` in `locale`, with {count} and any other {name} filled in. */
export function pluralIn(locale: string, forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const all: Record<string, string | number> = { count, ...values };
  return (forms[rule.select(count)] ?? forms.other).replace(/\{(\w+)\}/g, (whole, key: string) => (key in all ? String(all[key]) : whole));
}
