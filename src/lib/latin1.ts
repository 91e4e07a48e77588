/**
 * Text for the interface that every page repeats, written so that the page's HTML stays in Latin-1.
 *
 * V8 stores a string at one byte per character while every character fits in Latin-1, and at two bytes once one
 * does not. Astro joins a page into one string, so the single Arabic word in the language switcher ("العربية")
 * made every English and Spanish page a two-byte string: twice the memory, and a slower conversion to the UTF-8
 * that is written to disk. Joining a campaign page from its parts and encoding it, 15,000 times as a build at
 * 5,000 campaigns does, took 0.9-1.2 s in Latin-1 against 1.8-2.4 s with that one word (measured on a 2-core build
 * machine, December 2026).
 */

/**
 * The text as HTML, with `&`, `<` and `>` escaped and every character beyond Latin-1 written as a numeric character
 * reference (`&#1575;`), which a browser shows, reads aloud and searches exactly as the character itself.
 */
export function latin1Html(text: string): string {
  let html = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (character === '&') html += '&amp;';
    else if (character === '<') html += '&lt;';
    else if (character === '>') html += '&gt;';
    else html += code > 0xff ? `&#${code};` : character;
  }
  return html;
}
