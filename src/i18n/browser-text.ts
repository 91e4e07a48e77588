/**
 * Interface text in the browser, for the custom elements: the server renders the words into a data attribute
 * (from the dictionaries), and this fills their `{placeholders}` and picks plural forms by the rules of the page's
 * language. Arabic has six forms, so a script never decides between "one" and "other" itself.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Values = Record<string, string | number>;

// Each element asks; Intl's formatters are slow to make on a phone (about 25 ms each with the CPU slowed 4×), so
// each language's are made once, when first used or when an element prepares them (see preparePageText).
const made = new Map<string, ReturnType<typeof makePageText>>();

export function pageText(lang: string = document.documentElement.lang || 'en') {
  let text = made.get(lang);
  if (!text) made.set(lang, (text = makePageText(lang)));
  return text;
}

/**
 * Makes the page's formatters ahead of use, one per task, `between` giving the main thread back between them:
 * made together, inside other work, they hold a slowed phone's main thread past 50 ms.
 */
export async function preparePageText(between: () => Promise<void>, lang?: string): Promise<void> {
  const text = pageText(lang);
  text.plural({ other: '' }, 1);
  await between();
  text.formatNumber(1);
}

function makePageText(lang: string) {
  // Western digits in every language, as on the server (see LOCALES in locales.ts).
  const intl = `${lang}-u-nu-latn`;
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const formatNumber = (value: number) => (numbers ??= new Intl.NumberFormat(intl)).format(value);
  const fill = (template: string, values: Values) =>
    template.replace(/\{(\w+)\}/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) return match;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  return {
    /** The page's language. */
    lang,
    /** The tag to give Intl formatters. */
    intl,
    fill,
    /** The form of `forms` for `count`, filled with the count and any other values. */
    plural: (forms: PluralForms, count: number, values: Values = {}) =>
      fill(forms[(rules ??= new Intl.PluralRules(intl)).select(count)] ?? forms.other, { count, ...values }),
    formatNumber,
  };
}
