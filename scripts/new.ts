/**
 * `npm run new`: starts a new campaign, win or toolkit file, with a comment above every field.
 *
 *   npm run new                                   # asks what to add, then each field
 *   npm run new -- campaign --title "End police exchanges in Durham" --city Durham --state NC \
 *     --issue police-exchange --status active --target "Durham City Council" \
 *     --summary "Asks Durham City Council to end police exchanges with Israel."
 *   npm run new -- win --campaign durham-police-exchange --title "…" --date 2018-04-16 --body "Durham City Council" \
 *     --kind policy --summary "…" --source-url https://… --source-title "…"
 *   npm run new -- toolkit --title "…" --summary "…" --stage research --topic public-records --reading-level introductory
 *
 * Flags that repeat (--issue, --target, --company, --topic, --source-*) can be given more than once. Anything
 * missing is asked for when the terminal is interactive; otherwise the command lists what is missing. It never
 * overwrites a file, warns when a campaign looks like one already on the site, and checks the new file with the
 * same rules as `npm run validate`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { parseContentFile } from '../src/lib/content-files.ts';
import { checkEntry } from '../src/lib/checks/index.ts';
import { formatProblem, type Problem } from '../src/lib/problems.ts';
import { campaignFile, campaignSlug, toolkitFile, winFile, type SourceDraft } from '../src/lib/scaffold.ts';
import { slugify, today } from '../src/schemas/constants.ts';
import { t } from '../src/i18n/t.ts';
import { schemaProblems, validateContent } from '../src/lib/validate.ts';
import type { CollectionName } from '../src/schemas/collections.ts';
import { ISSUES, LEVELS, STATE_CODES, STATES, STATUSES } from '../src/schemas/constants.ts';
import { READING_LEVELS, TOOLKIT_STAGES } from '../src/schemas/toolkit.ts';
import { WIN_KINDS } from '../src/schemas/win.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    summary: { type: 'string' },
    city: { type: 'string' },
    county: { type: 'string' },
    state: { type: 'string' },
    level: { type: 'string' },
    issue: { type: 'string', multiple: true },
    status: { type: 'string' },
    target: { type: 'string', multiple: true },
    coalition: { type: 'string' },
    company: { type: 'string', multiple: true },
    started: { type: 'string' },
    website: { type: 'string' },
    contact: { type: 'string' },
    'source-url': { type: 'string', multiple: true },
    'source-title': { type: 'string', multiple: true },
    'source-publisher': { type: 'string', multiple: true },
    'source-date': { type: 'string', multiple: true },
    campaign: { type: 'string' },
    date: { type: 'string' },
    body: { type: 'string' },
    kind: { type: 'string' },
    vote: { type: 'string' },
    stage: { type: 'string' },
    topic: { type: 'string', multiple: true },
    'reading-level': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const root = process.cwd();
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const missing: string[] = [];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function stop(value: unknown): void {
  if (prompts.isCancel(value)) {
    prompts.cancel('Nothing was written.');
    process.exit(1);
  }
}

/** A flag's value, or the answer to a prompt when the terminal is interactive and the flag was not given. */
async function ask(
  flag: string,
  given: string | undefined,
  message: string,
  options: { optional?: boolean; placeholder?: string } = {},
) {
  if (given !== undefined) return given.trim() || undefined;
  if (!interactive) {
    if (!options.optional) missing.push(`--${flag}`);
    return undefined;
  }
  const answer = await prompts.text({
    message,
    placeholder: options.placeholder,
    validate: (text) => (!options.optional && !text?.trim() ? 'This one is needed.' : undefined),
  });
  stop(answer);
  return String(answer).trim() || undefined;
}

async function choose(
  flag: string,
  given: string | undefined,
  message: string,
  choices: readonly string[],
  labels?: (value: string) => string,
) {
  if (given !== undefined) {
    if (!choices.includes(given)) fail(`--${flag} ${given} is not one of: ${choices.join(', ')}`);
    return given;
  }
  if (!interactive) {
    missing.push(`--${flag}`);
    return undefined;
  }
  const answer = await prompts.select({
    message,
    options: choices.map((value) => ({ value, label: labels?.(value) ?? value })),
  });
  stop(answer);
  return String(answer);
}

async function chooseMany(flag: string, given: string[] | undefined, message: string, choices: readonly string[]) {
  if (given?.length) {
    const unknown = given.filter((value) => !choices.includes(value));
    if (unknown.length) fail(`--${flag} ${unknown.join(', ')}: not one of ${choices.join(', ')}`);
    return given;
  }
  if (!interactive) {
    missing.push(`--${flag}`);
    return [];
  }
  const answer = await prompts.multiselect({
    message,
    options: choices.map((value) => ({ value, label: value })),
    required: true,
  });
  stop(answer);
  return answer as string[];
}

async function askList(flag: string, given: string[] | undefined, message: string) {
  if (given?.length) return given;
  const answer = await ask(flag, undefined, `${message} (separate several with ;)`);
  return answer
    ? answer
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}

async function askSources(required: boolean): Promise<SourceDraft[]> {
  const urls = values['source-url'] ?? [];
  if (urls.length)
    return urls.map((url, index) => ({
      url,
      title: values['source-title']?.[index],
      publisher: values['source-publisher']?.[index],
      date: values['source-date']?.[index],
    }));
  const url = await ask('source-url', undefined, 'A link to a source (a news story, minutes, a statement)', {
    optional: !required,
  });
  if (!url) return [];
  const title = await ask('source-title', undefined, 'Its headline', { optional: true });
  const publisher = await ask('source-publisher', undefined, 'Who published it', { optional: true });
  const date = await ask('source-date', undefined, 'When (YYYY, YYYY-MM or YYYY-MM-DD)', { optional: true });
  return [{ url, title, publisher, date }];
}

/**
 * Checks the new file alone, with its schema and the rules for one file (personal details, hidden characters):
 * a file that fails them is not written. The rules across entries (references, places, duplicates) run on the
 * written file with the rest of content/.
 */
function check(collection: CollectionName, slug: string, text: string): Problem[] {
  const file = `content/${collection}/${slug}.mdx`;
  const { entry, problems } = parseContentFile(text, { collection, slug, extension: '.mdx', file });
  if (!entry) return problems;
  return [...schemaProblems(entry), ...checkEntry(entry)];
}

function write(collection: CollectionName, slug: string, text: string) {
  if (!slug) fail('The file needs a name: give a title with some letters or digits in it.');
  const path = join(root, 'content', collection, `${slug}.mdx`);
  const relative = `content/${collection}/${slug}.mdx`;
  if (existsSync(path))
    fail(`${relative} already exists, and nothing was overwritten. Edit that file, or choose another title.`);
  const problems = check(collection, slug, text);
  if (problems.some((problem) => problem.severity === 'error'))
    fail(['The file would not pass the checks, so it was not written:', ...problems.map(formatProblem)].join('\n'));
  mkdirSync(join(root, 'content', collection), { recursive: true });
  writeFileSync(path, text);
  const others = validateContent({ root, bodies: false }).problems.filter((problem) => problem.file === relative);
  for (const problem of others) console.warn(formatProblem(problem));
  console.log(`Wrote ${relative}. Fill in the text, then run npm run validate.`);
}

async function campaign() {
  const title = await ask('title', values.title, 'Title of the campaign', {
    placeholder: 'End police exchanges in Durham',
  });
  const summary = await ask('summary', values.summary, 'One sentence: what it asks of whom');
  const state =
    (await choose(
      'state',
      values.state?.toUpperCase(),
      'State or territory',
      STATE_CODES,
      (code) => `${code} ${STATES[code as keyof typeof STATES].name}`,
    )) ?? '';
  const level = values.level ?? (interactive ? await choose('level', undefined, 'Who decides', LEVELS) : 'city');
  const city = await ask('city', values.city, 'City or town (leave empty for statewide)', {
    optional: level !== 'city',
  });
  const county =
    level === 'county' ? await ask('county', values.county, 'County', { optional: Boolean(city) }) : values.county;
  const issues = await chooseMany('issue', values.issue, 'Kinds of campaign', ISSUES);
  const status = await choose('status', values.status, 'Status', STATUSES);
  const targets = await askList('target', values.target, 'Decision-making bodies');
  const coalition = await ask('coalition', values.coalition, 'Group or coalition (never a person)', { optional: true });
  const sources = await askSources(status === 'won' || status === 'lost' || status === 'partial');
  if (missing.length)
    fail(
      `Missing: ${missing.join(' ')}. Give them as flags (see the top of scripts/new.ts), or run npm run new in a terminal to be asked.`,
    );
  const draft = {
    title: title!,
    summary: summary!,
    city,
    county,
    state,
    level: level as (typeof LEVELS)[number],
    issues: issues as (typeof ISSUES)[number][],
    status: status as (typeof STATUSES)[number],
    targets,
    coalition,
    companies: values.company ?? [],
    started: values.started,
    website: values.website,
    contact: values.contact,
    sources,
  };
  write('campaigns', campaignSlug(draft), campaignFile(draft, today(), t));
}

async function win() {
  const campaignId = await ask(
    'campaign',
    values.campaign,
    'The campaign’s file name (in content/campaigns/, without .mdx)',
  );
  const title = await ask('title', values.title, 'Headline of the win');
  const date = await ask('date', values.date, 'Date of the decision (YYYY, YYYY-MM or YYYY-MM-DD)');
  const body = await ask('body', values.body, 'Who decided');
  const kind = await choose('kind', values.kind, 'Kind of decision', WIN_KINDS);
  const vote = await ask('vote', values.vote, 'The vote as reported (leave empty if sources disagree)', {
    optional: true,
  });
  const summary = await ask('summary', values.summary, 'One sentence: what was decided');
  const sources = await askSources(true);
  if (missing.length)
    fail(`Missing: ${missing.join(' ')}. Give them as flags, or run npm run new in a terminal to be asked.`);
  const slug = slugify(`${title} ${date?.slice(0, 4) ?? ''}`);
  write(
    'wins',
    slug,
    winFile(
      { title: title!, date: date!, campaign: campaignId!, body: body!, kind: kind!, vote, summary: summary!, sources },
      today(),
      t,
    ),
  );
}

async function toolkit() {
  const title = await ask('title', values.title, 'Title of the toolkit');
  const summary = await ask('summary', values.summary, 'What a reader will be able to do');
  const stage = await choose('stage', values.stage, 'Campaign stage', TOOLKIT_STAGES);
  const topics = await askList('topic', values.topic, 'Topics (lowercase-with-hyphens)');
  const readingLevel = await choose('reading-level', values['reading-level'], 'Reading level', READING_LEVELS);
  if (missing.length)
    fail(`Missing: ${missing.join(' ')}. Give them as flags, or run npm run new in a terminal to be asked.`);
  write(
    'toolkits',
    slugify(title!),
    toolkitFile({ title: title!, summary: summary!, stage: stage!, topics, readingLevel: readingLevel! }, today(), t),
  );
}

const kinds = { campaign, win, toolkit } as const;
if (values.help) {
  console.log(
    'Usage: npm run new [-- campaign|win|toolkit --flag value …]. See the top of scripts/new.ts for every flag.',
  );
  process.exit(0);
}
if (interactive) prompts.intro('Add to Cities for Palestine');
const kind =
  positionals[0] ??
  (interactive ? await choose('kind', undefined, 'What are you adding?', Object.keys(kinds)) : undefined);
if (!kind || !(kind in kinds)) fail(`Say what to add: npm run new -- campaign, win or toolkit.`);
await kinds[kind as keyof typeof kinds]();
if (interactive) prompts.outro('Done. Read CONTRIBUTING.md for what happens next.');
