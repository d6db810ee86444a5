/** A value for a message: `{name}` is replaced by it. */
export type MessageValues = Record<string, string | number>;

// "{count, plural, one {# item} other {# items}}" (ICU's plural form, cases may hold {name} too).
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+ \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_CASE = /(=?\w+) \{((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a message in: plural forms chosen by Intl.PluralRules for the language (`=0` for an exact
 * number, `#` for the number), then `{name}` placeholders. A value not given leaves its placeholder.
 */
export function formatMessage(template: string, values: MessageValues | undefined, locale: string): string {
  const withPlurals = template.replace(PLURAL, (match, name: string, cases: string) => {
    const count = Number(values?.[name]);
    if (!values || !(name in values) || !Number.isFinite(count)) return match;
    const options = new Map([...cases.matchAll(PLURAL_CASE)].map((found) => [found[1]!, found[2]!]));
    const chosen = options.get(`=${count}`) ?? options.get(new Intl.PluralRules(locale).select(count)) ?? options.get("other");
    return chosen === undefined ? match : chosen.replace(/#/g, String(count));
  });
  return withPlurals.replace(PLACEHOLDER, (match, name: string) => (values && name in values ? String(values[name]) : match));
}
