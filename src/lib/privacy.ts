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
  'action', 'admin', 'board', 'campaign', 'campaigns', 'coalition', 'comms', 'communications', 'contact', 'core',
  'coordinator', 'coordinators', 'hello', 'help', 'info', 'information', 'inquiries', 'join', 'mail', 'media',
  'members', 'membership', 'news', 'newsletter', 'office', 'organize', 'organizers', 'organizing', 'outreach',
  'press', 'questions', 'support', 'team', 'volunteer', 'volunteers', 'webmaster',
]);

const URL = /\b(?:https?|ftp):\/\/[^\s)\]>"']+|\bwww\.[^\s)\]>"']+/gi;
const EMAIL = /(?:mailto:)?\b([A-Z0-9._%+-]+)@([A-Z0-9.-]+\.[A-Z]{2,})\b/gi;
const PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?\(?\b[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}\b(?![\d-])/g;
const STREET_ADDRESS =
  /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle)\b\.?/g;

/** Replaces links with spaces of the same length, so offsets stay true. */
function withoutLinks(text: string): string {
  return text.replace(URL, (link) => ' '.repeat(link.length));
}

const WHY = 'the site lists groups, not people, and everything in the repository stays public forever';

export function findPersonalDetails(text: string): PrivacyFinding[] {
  const scanned = withoutLinks(text);
  const findings: PrivacyFinding[] = [];
  for (const match of scanned.matchAll(EMAIL)) {
    if (ROLE_ADDRESSES.has(match[1]!.toLowerCase())) continue;
    findings.push({
      index: match.index,
      message: fix(
        `"${match[0].replace(/^mailto:/, '')}" looks like a person's e-mail address, and ${WHY}`,
        "use your group's shared address, such as info@ or contact@ at your group's domain, or a contact page",
      ),
    });
  }
  for (const match of scanned.matchAll(PHONE))
    findings.push({
      index: match.index,
      message: fix(`"${match[0].trim()}" looks like a phone number, and ${WHY}`, "remove it; link to your group's contact page instead"),
    });
  for (const match of scanned.matchAll(STREET_ADDRESS))
    findings.push({
      index: match.index,
      message: fix(
        `"${match[0].trim().replace(/\.$/, '')}" looks like a street address, and ${WHY}`,
        'remove it; for a public building, write its name (such as "City Hall") instead',
      ),
    });
  return findings.sort((a, b) => a.index - b.index);
}
