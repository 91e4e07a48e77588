/**
 * Interface text in the browser, for the custom elements: the server renders the words into a data attribute
 * (from the dictionaries), and this fills their `{placeholders}` and picks plural forms by the rules of the page's
 * language. Arabic has six forms, so a script never decides between "one" and "other" itself.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Values = Record<string, string | number>;

// Each element asks; Intl's formatters are slow to make on a phone (tens of milliseconds for the first), so each
// language's are made once.
const made = new Map<string, ReturnType<typeof makePageText>>();

export function pageText(lang: string = document.documentElement.lang || 'en') {
  let text = made.get(lang);
  if (!text) made.set(lang, (text = makePageText(lang)));
  return text;
}

function makePageText(lang: string) {
  // Western digits in every language, as on the server (see LOCALES in locales.ts).
  const intl = `${lang}-u-nu-latn`;
  const rules = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const fill = (template: string, values: Values) =>
    template.replace(/\{(\w+)\}/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    /** The page's language. */
    lang,
    /** The tag to give Intl formatters. */
    intl,
    fill,
    /** The form of `forms` for `count`, filled with the count and any other values. */
    plural: (forms: PluralForms, count: number, values: Values = {}) =>
      fill(forms[rules.select(count)] ?? forms.other, { count, ...values }),
    formatNumber: (value: number) => numbers.format(value),
  };
}
