/**
 * Checks that look across entries: references between files, duplicate file names, issue pages, and places.
 * Astro only warns about some of these; here each one is an error that names the file, the field and the fix.
 *
 * The checks read front-matter defensively, so they still run (and report) when the schema check failed.
 */
import { fix, quote } from '../schemas/error-text.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES } from '../i18n/locales.ts';
import { ISSUES } from '../schemas/issue.ts';
import { STATES, type StateCode } from '../schemas/state.ts';
import { SLUG_PATTERN, slugify } from '../schemas/constants.ts';
import { TRANSLATED_FIELDS } from '../schemas/translation.ts';
import type { ContentFile } from './content-files.ts';
import { locate } from './places.ts';
import { closest, fieldName, type Problem } from './problems.ts';
import { entryPath, FIXED_PAGES, normalizePath, RESERVED_PAGE_NAMES, statePath } from './routes.ts';
import { isInState } from './state-shapes.ts';
import { isExternalLink } from './content-links.ts';
import { isUnsafeLink } from '../schemas/link.ts';
import { campaignTimeline, settlingStep, statusesAllowedBy } from './timeline.ts';
import { reportedValues } from '../schemas/reported.ts';
import type { Campaign } from '../schemas/campaign.ts';
import type { Win } from '../schemas/win.ts';

type Entry = Pick<ContentFile, 'collection' | 'slug' | 'extension' | 'file' | 'data' | 'locate'> &
  Partial<Pick<ContentFile, 'source' | 'parsed' | 'links'>>;

function field(entry: Entry, name: string): unknown {
  return typeof entry.data === 'object' && entry.data !== null
    ? (entry.data as Record<string, unknown>)[name]
    : undefined;
}

function problemAt(
  entry: Entry,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const position = entry.locate(path) ?? entry.locate(path.slice(0, 1)) ?? { line: 1, column: 1 };
  return { file: entry.file, ...position, field: fieldName(path), message, severity };
}

function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, field: '', message, severity: 'error' };
}

function isCollection(name: string): name is CollectionName {
  return (COLLECTION_NAMES as string[]).includes(name);
}

/** File names are the stable IDs and URLs: they must be slugs, in a known folder, of a type the folder reads. */
function checkFileNames(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    if (!isCollection(entry.collection)) {
      const suggestion = closest(entry.collection, COLLECTION_NAMES);
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `is in content/${entry.collection}/, which the site does not read`,
            suggestion
              ? `move it to content/${suggestion}/`
              : `move it to one of: ${COLLECTION_NAMES.map((name) => `content/${name}/`).join(', ')}`,
          ),
        ),
      );
      continue;
    }
    const definition = COLLECTIONS[entry.collection];
    if (!(definition.extensions as readonly string[]).includes(entry.extension)) {
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `is a ${entry.extension} file, which content/${entry.collection}/ does not read`,
            `rename it to ${entry.slug}${definition.extensions[0]}`,
          ),
        ),
      );
      continue;
    }
    // A translation's name is a path (es/toolkits/start-a-municipal-campaign), checked by checkTranslations.
    if (entry.collection !== 'translations' && !SLUG_PATTERN.test(entry.slug)) {
      const suggested = slugify(entry.slug);
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `has a name that can't be a web address: ${quote(entry.slug)}`,
            `rename it to ${suggested || 'your-campaign'}${entry.extension} (lowercase letters, digits and hyphens, no folders)`,
          ),
        ),
      );
      continue;
    }
    if (entry.collection === 'pages' && RESERVED_PAGE_NAMES.includes(entry.slug)) {
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `would be the page /${entry.slug}/, an address the site already uses`,
            `rename it: ${RESERVED_PAGE_NAMES.map((name) => `"${name}"`).join(', ')} are taken`,
          ),
        ),
      );
      continue;
    }
    const key = `${entry.collection}/${entry.slug}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `has the same name as ${first.file}, so both would be ${key}`,
            'keep one file: merge the two, or rename this one',
          ),
        ),
      );
    } else seen.set(key, entry);
  }
  return problems;
}

/** Wins name their campaign and campaigns name their companies, by slug; each must exist. */
function checkReferences(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = (collection: CollectionName) =>
    new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.slug));
  const campaigns = slugs('campaigns');
  const companies = slugs('companies');
  const hint = (value: string, known: Set<string>) => {
    const suggestion = closest(value, known);
    return suggestion ? ` (did you mean ${quote(suggestion)}?)` : '';
  };
  for (const entry of entries) {
    if (entry.collection === 'wins') {
      const campaign = field(entry, 'campaign');
      if (typeof campaign === 'string' && campaign && !campaigns.has(campaign))
        problems.push(
          problemAt(
            entry,
            ['campaign'],
            fix(
              `${quote(campaign)} is not a campaign on the site`,
              `use the file name of a campaign in content/campaigns/, without .mdx${hint(campaign, campaigns)}; if the campaign is new, add its file too`,
            ),
          ),
        );
    }
    if (entry.collection === 'campaigns') {
      const named = field(entry, 'companies');
      if (!Array.isArray(named)) continue;
      // A disputed item lists each company some source names; every one must exist.
      const written = named.flatMap((item: unknown, index): [unknown, PropertyKey[]][] =>
        Array.isArray(item)
          ? item.map((alternative: { value?: unknown } | null, at) => [
              alternative?.value,
              ['companies', index, at, 'value'],
            ])
          : [[item, ['companies', index]]],
      );
      written.forEach(([company, path]) => {
        if (typeof company === 'string' && !companies.has(company))
          problems.push(
            problemAt(
              entry,
              path,
              fix(
                `${quote(company)} is not a company on the site`,
                `use the file name of a company in content/companies/${hint(company, companies)}; if it is new, add content/companies/${company}.md with its sources`,
              ),
            ),
          );
      });
    }
  }
  return problems;
}

/** Pages the navigation and footer link to on every page of the site. */
export const REQUIRED_PAGES = ['about', 'contribute'] as const;

function checkRequiredPages(entries: readonly Entry[], contentDir: string): Problem[] {
  const written = new Set(entries.filter((entry) => entry.collection === 'pages').map((entry) => entry.slug));
  return REQUIRED_PAGES.filter((page) => !written.has(page)).map((page) =>
    fileProblem(
      `${contentDir}/pages/${page}.mdx`,
      fix('is missing', `write the ${page} page: every page of the site links to it`),
    ),
  );
}

/** Every issue in the list has an explainer page, and every explainer page is for an issue in the list. */
function checkIssuePages(entries: readonly Entry[], contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const pages = entries.filter((entry) => entry.collection === 'issues');
  const written = new Set(pages.map((entry) => entry.slug));
  for (const issue of ISSUES)
    if (!written.has(issue))
      problems.push(
        fileProblem(
          `${contentDir}/issues/${issue}.mdx`,
          fix('is missing', `write the explainer page for the issue "${issue}"`),
        ),
      );
  for (const page of pages)
    if (!(ISSUES as readonly string[]).includes(page.slug))
      problems.push(
        fileProblem(
          page.file,
          fix(
            `is not one of the site's issues`,
            `rename it to one of ${ISSUES.join(', ')}, or add the issue to src/schemas/issue.ts`,
          ),
        ),
      );
  return problems;
}

/** Each campaign can be put on the map, and written coordinates fall inside the campaign's state. */
function checkPlaces(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'campaigns') continue;
    const state = field(entry, 'state');
    if (typeof state !== 'string' || !(state in STATES)) continue;
    const code = state as StateCode;
    const city = field(entry, 'city');
    const coordinates = field(entry, 'coordinates');
    const written =
      Array.isArray(coordinates) && coordinates.length === 2 && coordinates.every((part) => typeof part === 'number')
        ? (coordinates as [number, number])
        : undefined;
    const inRange = written && Math.abs(written[0]) <= 90 && Math.abs(written[1]) <= 180;
    if (written && !inRange) continue; // the schema already says which number is out of range
    if (written) {
      if (!isInState(code, written))
        problems.push(
          problemAt(
            entry,
            ['coordinates'],
            fix(
              `[${written.join(', ')}] is not in ${STATES[code].name}`,
              'write [latitude, longitude] in that order (in the US the latitude is the positive one, the longitude negative), or correct the state',
            ),
          ),
        );
      continue;
    }
    if (typeof city === 'string' && !locate({ city, state: code }))
      problems.push(
        problemAt(
          entry,
          ['city'],
          fix(
            `${quote(city)} is not in the offline gazetteer for ${code}`,
            'check the spelling, or add coordinates: [latitude, longitude] of the city centre, for example [35.99, -78.90]',
          ),
        ),
      );
  }
  return problems;
}

/**
 * Every link from a content file to a page of the site leads to a page that exists. The links are the ones the
 * content guard found while reading each body, so every way Markdown writes a link counts: `[x](/a/)`,
 * `[x]( /a/ )`, `[x](</a/>)`, a reference definition, or a component's `href`.
 */
function checkInternalLinks(entries: readonly Entry[]): Problem[] {
  const pages = new Set<string>(FIXED_PAGES);
  for (const entry of entries) {
    if (isCollection(entry.collection) && entry.collection !== 'translations')
      pages.add(entryPath(entry.collection, entry.slug));
    const state = entry.collection === 'campaigns' ? field(entry, 'state') : undefined;
    if (typeof state === 'string') pages.add(statePath(state));
  }
  for (const issue of ISSUES) pages.add(entryPath('issues', issue));
  const problems: Problem[] = [];
  for (const entry of entries)
    for (const link of entry.links ?? []) {
      // Links that can run code are refused by the content guard already.
      if (isExternalLink(link.url) || isUnsafeLink(link.url) || link.url.startsWith('#')) continue;
      if (!link.url.startsWith('/')) {
        problems.push({
          file: entry.file,
          line: link.line,
          column: link.column,
          field: '(body)',
          message: fix(
            `links to ${quote(link.url)}, an address relative to the page, which breaks when the page moves`,
            "write it from the site's root, such as /toolkits/start-a-municipal-campaign/",
          ),
          severity: 'error',
        });
        continue;
      }
      const target = normalizePath(link.url);
      if (pages.has(target)) continue;
      const section = target.slice(0, target.indexOf('/', 1) + 1);
      const siblings = [...pages].filter((page) => page.startsWith(section) && page !== section);
      const slug = closest(
        target.slice(section.length),
        siblings.map((page) => page.slice(section.length)),
      );
      const suggestion = slug ? `${section}${slug}` : closest(target, FIXED_PAGES);
      problems.push({
        file: entry.file,
        line: link.line,
        column: link.column,
        field: '(body)',
        message: fix(
          `links to ${target}, which is not a page on the site`,
          suggestion
            ? `did you mean ${suggestion}? Check the file name of the page you mean`
            : 'check the address against the page you mean',
        ),
        severity: 'error',
      });
    }
  return problems;
}

/** The years a campaign was active in, from `started` and its timeline, once its front-matter has been read. */
function activeYears(entry: Entry): number[] {
  if (!entry.parsed) return [];
  const campaign = entry.parsed as Campaign;
  const dates = [
    campaign.started,
    ...campaign.timeline.flatMap((step) => (step.date ? reportedValues(step.date) : [])),
  ];
  return dates.filter((date) => date !== undefined).map((date) => Number(date.slice(0, 4)));
}

/** True when two campaigns' years are known and at least two years apart: a council's 2014 and 2023 votes, say. */
function yearsApart(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && a.every((year) => b.every((other) => Math.abs(year - other) > 1));
}

/**
 * Two campaigns in the same place, before the same body, on the same issue, in the same years are probably one
 * campaign written twice. That is a warning, not an error: a city can have two separate campaigns.
 */
function checkDuplicateCampaigns(entries: readonly Entry[]): Problem[] {
  const byPlace = new Map<string, { entry: Entry; issues: string[]; years: number[] }[]>();
  const twinsOf = new Map<Entry, Entry[]>();
  for (const entry of entries) {
    if (entry.collection !== 'campaigns') continue;
    const issues = field(entry, 'issues');
    const targets = field(entry, 'targets');
    if (!Array.isArray(issues)) continue;
    const place = [
      field(entry, 'city') ?? field(entry, 'county') ?? '',
      field(entry, 'state'),
      field(entry, 'level') ?? 'city',
      Array.isArray(targets) ? (targets[0] ?? '') : '',
    ]
      .map((part) => String(part).trim().toLowerCase())
      .join('|');
    const here = byPlace.get(place) ?? [];
    const years = activeYears(entry);
    for (const twin of here)
      if (twin.issues.some((issue) => issues.includes(issue)) && !yearsApart(years, twin.years)) {
        // Both files get the warning: whichever one is new, its author sees it.
        twinsOf.set(entry, [...(twinsOf.get(entry) ?? []), twin.entry]);
        twinsOf.set(twin.entry, [...(twinsOf.get(twin.entry) ?? []), entry]);
      }
    here.push({ entry, issues: issues.map(String), years });
    byPlace.set(place, here);
  }
  // One warning a file, however many twins it has.
  return [...twinsOf].map(([entry, twins]) =>
    problemAt(
      entry,
      ['issues'],
      fix(
        `looks like the same campaign as ${twins.map((twin) => twin.file).join(', ')} (same place, same decision-maker, same issue, same years)`,
        'if it is, add what is new to that file instead; if it is a separate campaign, say how it differs in its title',
      ),
      'warning',
    ),
  );
}

/**
 * A translation sits at translations/<language>/<collection>/<file name of the original>, in a language the site
 * has, and translates a page that exists, with the fields that page shows in its language.
 */
function checkTranslations(entries: readonly Entry[], contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const originals = new Map(entries.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  const languages = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
  const example = `${contentDir}/translations/es/toolkits/start-a-municipal-campaign.mdx`;
  for (const entry of entries) {
    if (entry.collection !== 'translations') continue;
    const [language = '', collection = '', ...rest] = entry.slug.split('/');
    const slug = rest.join('/');
    if (!isLocale(language) || language === DEFAULT_LOCALE) {
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `is in a folder for a language the site does not have (${quote(language)})`,
            `put it under ${languages.map((code) => `${contentDir}/translations/${code}/`).join(' or ')}, as in ${example}`,
          ),
        ),
      );
      continue;
    }
    if (!(collection in TRANSLATED_FIELDS) || !slug) {
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `is not in a folder of pages the site translates (${quote(collection)})`,
            `put it in ${Object.keys(TRANSLATED_FIELDS).join(', ')} under its language folder, as in ${example}`,
          ),
        ),
      );
      continue;
    }
    if (!originals.has(`${collection}/${slug}`)) {
      const known = entries.filter((other) => other.collection === collection).map((other) => other.slug);
      const suggestion = closest(slug, known);
      problems.push(
        fileProblem(
          entry.file,
          fix(
            `has no English original: ${contentDir}/${collection}/${slug}.mdx does not exist`,
            `give it the file name of the page it translates${suggestion ? ` (did you mean ${quote(suggestion)}?)` : ''}`,
          ),
        ),
      );
      continue;
    }
    for (const name of TRANSLATED_FIELDS[collection as keyof typeof TRANSLATED_FIELDS])
      if (field(entry, name) === undefined)
        problems.push(
          problemAt(entry, [name], fix('is missing', `write the ${name} of the English original in this language`)),
        );
    // A caveat translates the original's; one with nothing to translate would tell readers of one language only.
    if (field(entry, 'caveat') !== undefined && field(originals.get(`${collection}/${slug}`)!, 'caveat') === undefined)
      problems.push(
        problemAt(
          entry,
          ['caveat'],
          fix(
            'translates a caveat the English original does not have',
            `remove it here, or add the caveat to ${contentDir}/${collection}/${slug}.mdx first`,
          ),
        ),
      );
  }
  return problems;
}

/** The collections whose every entry should be translated: their pages are what most readers open. */
const ALWAYS_TRANSLATED = ['campaigns', 'wins'] as const;

/**
 * The campaigns and wins that lack a translation of their title and story into one of the site's other languages,
 * with the translation files they are waiting for. Not a problem: an English-only contribution still lands, and its
 * Spanish and Arabic pages show the English, marked as such, until someone translates it.
 */
export function untranslatedEntries(
  entries: readonly Entry[],
  contentDir = 'content',
): { file: string; missing: string[] }[] {
  const translated = new Set(entries.filter((entry) => entry.collection === 'translations').map((entry) => entry.slug));
  const languages = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
  return entries
    .filter((entry) => (ALWAYS_TRANSLATED as readonly string[]).includes(entry.collection))
    .map((entry) => ({
      file: entry.file,
      missing: languages
        .map((code) => `${code}/${entry.collection}/${entry.slug}`)
        .filter((name) => !translated.has(name))
        .map((name) => `${contentDir}/translations/${name}.mdx`),
    }))
    .filter(({ missing }) => missing.length > 0);
}

/**
 * A campaign's status agrees with its timeline and wins: not won when the last decision was a defeat, and not lost
 * when it was a win (errors). A won, partial or lost campaign with no decision recorded at all gets a warning, since
 * readers then can't see when or how it was decided. Reads only entries that passed their
 * schema, since the timeline's dates must be understood to be put in order.
 */
function checkStatuses(entries: readonly Entry[]): Problem[] {
  const wins = new Map<string, { id: string; data: Win }[]>();
  for (const entry of entries)
    if (entry.collection === 'wins' && entry.parsed) {
      const win = entry.parsed as Win;
      wins.set(win.campaign, [...(wins.get(win.campaign) ?? []), { id: entry.slug, data: win }]);
    }
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'campaigns' || !entry.parsed) continue;
    const campaign = entry.parsed as Campaign;
    const steps = campaignTimeline(campaign, wins.get(entry.slug) ?? []);
    const allowed = statusesAllowedBy(steps);
    if (allowed.includes(campaign.status)) continue;
    const settling = settlingStep(steps);
    const why = !settling
      ? `is ${campaign.status}, but the timeline has no decision and no win names this campaign`
      : `is ${campaign.status}, but the last decision in its timeline is "${settling.event}"${settling.win ? ` (the win ${settling.win})` : ''}`;
    const either = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
    const howTo = !settling
      ? campaign.status === 'lost'
        ? 'add the vote that defeated it to timeline (event: failed, tabled, withdrawn, vetoed or rescinded), with its date and sources'
        : `add its win to content/wins/ (npm run new win), or the vote to timeline; or set status to ${either}`
      : `set status to ${either}, or add the later decision to the timeline`;
    // No decision recorded is a gap to fill, not a contradiction: the file still builds, and the author is told.
    problems.push(problemAt(entry, ['status'], fix(why, howTo), settling ? 'error' : 'warning'));
  }
  return problems;
}

/** Runs every cross-entry check. `contentDir` is only used to name files that are missing. */
export function checkIntegrity(entries: readonly Entry[], contentDir = 'content'): Problem[] {
  return [
    ...checkFileNames(entries),
    ...checkReferences(entries),
    ...checkIssuePages(entries, contentDir),
    ...checkRequiredPages(entries, contentDir),
    ...checkTranslations(entries, contentDir),
    ...checkPlaces(entries),
    ...checkInternalLinks(entries),
    ...checkDuplicateCampaigns(entries),
    ...checkStatuses(entries),
  ];
}
