/**
 * The site lists groups, not people. These checks catch personal details before they reach the public
 * repository, whose history keeps everything forever: phone numbers, e-mail addresses that look like a person's,
 * and street addresses. Links are left out of the scan: a news story's address is not anyone's phone number.
 */
import { fix } from '../schemas/error-text.ts';

export interface PrivacyFinding {
  /** Offset in the scanned text. */
  index: number;
  message: string;
}

/** Local parts of shared, role addresses: the ones a group can publish. */
export const ROLE_ADDRESSES = new Set([
  'action',
  'admin',
  'board',
  'campaign',
  'campaigns',
  'coalition',
  'comms',
  'communications',
  'contact',
  'core',
  'coordinator',
  'coordinators',
  'hello',
  'help',
  'info',
  'information',
  'inquiries',
  'join',
  'mail',
  'media',
  'members',
  'membership',
  'news',
  'newsletter',
  'office',
  'organize',
  'organizers',
  'organizing',
  'outreach',
  'press',
  'questions',
  'support',
  'team',
  'volunteer',
  'volunteers',
  'webmaster',
]);

const URL = /\b(?:https?|ftp):\/\/[^\s)\]>"']+|\bwww\.[^\s)\]>"']+/gi;
const EMAIL = /(?:mailto:)?\b([A-Z0-9._%+-]+)@([A-Z0-9.-]+\.[A-Z]{2,})\b/gi;
/** A North American number, with or without +1, separators or brackets, and with an extension if it has one. */
const PHONE =
  /(?<![\d-])(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\d-])/gi;

/** Characters that take no space, which could split a number or an address so that no pattern sees it. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;
/** Text that NFKC leaves as it is, with no invisible character and no dash but "-". */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;
/** Dashes of every width and the minus sign, which people (and word processors) use between digits. */
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;

interface Tracked {
  text: string;
  /** For each character of `text`, its offset in the original; none while the text is the original itself. */
  origin?: number[];
}

/** The offset in the original of a character of tracked text. */
const originOf = ({ origin }: Tracked, index: number) => (origin ? origin[index]! : index);

/** Replaces every match in tracked text, each replacement taking the origin of the match's first character. */
function replaceTracked(tracked: Tracked, pattern: RegExp, replace: (match: RegExpExecArray) => string): Tracked {
  const { text } = tracked;
  let result = '';
  let resultOrigin: number[] | undefined;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    resultOrigin ??= [];
    result += text.slice(last, match.index);
    for (let index = last; index < match.index; index++) resultOrigin.push(originOf(tracked, index));
    const replacement = replace(match);
    result += replacement;
    for (let unit = 0; unit < replacement.length; unit++) resultOrigin.push(originOf(tracked, match.index));
    last = match.index + match[0].length;
  }
  // Most texts have nothing to replace: they go on as they came.
  if (!resultOrigin) return tracked;
  for (let index = last; index < text.length; index++) resultOrigin.push(originOf(tracked, index));
  return { text: result + text.slice(last), origin: resultOrigin };
}

/**
 * The text with fullwidth and other compatibility forms folded (NFKC: "１２３" is "123"), invisible characters
 * dropped and dashes made "-", with the offset in the original of each character.
 */
function folded(original: string): Tracked {
  // Plain ASCII has nothing to fold, drop or redraw, and it is nearly every text: it goes on as it is.
  if (PLAIN.test(original)) return { text: original };
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of original) {
    const piece = INVISIBLE.test(character) ? '' : DASH.test(character) ? '-' : character.normalize('NFKC');
    for (const unit of piece) {
      text += unit;
      origin.push(index);
    }
    index += character.length;
  }
  return { text, origin };
}

/**
 * The text as the patterns should see it, with the offset in the original of each character: folded (above), and
 * the written-out parts of an address ("name [at] mail [dot] org", "name at mail dot org") turned into "@" and ".".
 */
function normalized(original: string): Tracked {
  let tracked = replaceTracked(folded(original), /\s*[[({]\s*(at|dot)\s*[\])}]\s*/gi, (match) =>
    match[1]!.toLowerCase() === 'at' ? '@' : '.',
  );
  tracked = replaceTracked(tracked, /(?<=[a-z0-9._%+-])\s+at\s+(?=[a-z0-9-]+(?:\s+dot\s+|\.)[a-z]{2,}\b)/gi, () => '@');
  return replaceTracked(tracked, /(?<=@[a-z0-9.-]+)\s+dot\s+(?=[a-z]{2,}\b)/gi, () => '.');
}

const STREET_ADDRESS =
  /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle)\b\.?/g;

/** Replaces links with spaces of the same length, so offsets stay true. */
function withoutLinks(text: string): string {
  return text.replace(URL, (link) => ' '.repeat(link.length));
}

const WHY = 'the site lists groups, not people, and everything in the repository stays public forever';

export function findPersonalDetails(text: string): PrivacyFinding[] {
  const tracked = normalized(withoutLinks(text));
  const scanned = tracked.text;
  // Each finding points at, and quotes, what the contributor wrote, however it was disguised.
  const written = (match: RegExpExecArray) =>
    text.slice(originOf(tracked, match.index), originOf(tracked, match.index + match[0].length - 1) + 1).trim();
  const findings: PrivacyFinding[] = [];
  const found = (match: RegExpExecArray, message: string) =>
    findings.push({ index: originOf(tracked, match.index), message });
  for (const match of scanned.matchAll(EMAIL)) {
    if (ROLE_ADDRESSES.has(match[1]!.toLowerCase())) continue;
    found(
      match,
      fix(
        `"${written(match).replace(/^mailto:/, '')}" looks like a person's e-mail address, and ${WHY}`,
        "use your group's shared address, such as info@ or contact@ at your group's domain, or a contact page",
      ),
    );
  }
  for (const match of scanned.matchAll(PHONE))
    found(
      match,
      fix(
        `"${written(match)}" looks like a phone number, and ${WHY}`,
        "remove it; link to your group's contact page instead",
      ),
    );
  for (const match of scanned.matchAll(STREET_ADDRESS))
    found(
      match,
      fix(
        `"${written(match).replace(/\.$/, '')}" looks like a street address, and ${WHY}`,
        'remove it; for a public building, write its name (such as "City Hall") instead',
      ),
    );
  return findings.sort((a, b) => a.index - b.index);
}
