/**
 * The fixed values of the content contract (dates, issues, statuses, levels, states) as plain values, without Zod, so
 * that browser code (the map, the near-me finder) can use them without shipping a schema library. The schema
 * files build their enums from these and re-export them.
 */

/** A date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the sources allow. */
export type PartialDate = string;
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Today as `YYYY-MM-DD` in UTC, the clock every "is this in the future" check uses. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The kinds of municipal campaign, in the order the site presents them. Each has an explainer page at
 * `/issues/<issue>/`, written in `content/issues/<issue>.mdx`; its display name lives in the interface dictionary.
 */
export const ISSUES = [
  'divestment',
  'no-buy',
  'police-exchange',
  'demilitarization',
  'surveillance',
  'skip-the-trip',
  'end-weapons',
  'refugees',
  'right-to-boycott',
  'sister-city',
  'ceasefire',
  'other',
] as const;

export type Issue = (typeof ISSUES)[number];

/**
 * Who decides: the kind of body a campaign asks to act. `tribal` is the council of a sovereign tribal nation, which is
 * neither a city nor a county, and which a reader counting local governments must be able to tell apart.
 */
export const LEVELS = ['city', 'county', 'state', 'tribal', 'union', 'school-board', 'university', 'other'] as const;
export type Level = (typeof LEVELS)[number];

/** Levels whose campaigns may have no city: they act for a whole state or county. */
export const LEVELS_WITHOUT_CITY: readonly Level[] = ['state', 'county', 'union'];

/**
 * Where a campaign stands. `partial` means the body did part of what was asked; the wins and the text say which
 * part. It was added to the original four so that a partial win is shown as one, never rounded up or down.
 */
export const STATUSES = ['active', 'won', 'partial', 'lost', 'paused'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that report a decision, so they need a source a reader can check. */
export const DECIDED_STATUSES: readonly Status[] = ['won', 'partial', 'lost'];

/**
 * The steps a campaign's timeline records. `passed`, `statement` (the body spoke in a statement or letter rather than
 * voting on a measure), `veto-overridden` and `implemented` settle it in the campaign's favour, often only in part;
 * `failed`, `tabled`, `withdrawn`, `declined` (turned down without a recorded vote, or the trip went ahead), `vetoed`
 * and `rescinded` settle it against, for now; the others are steps on the way. For a campaign that opposes a measure,
 * the measure passing is the defeat (see `opposing`). A win in content/wins/ counts as `passed`.
 */
export const EVENT_KINDS = [
  'introduced',
  'hearing',
  'committee',
  'passed',
  'statement',
  'failed',
  'tabled',
  'withdrawn',
  'declined',
  'vetoed',
  'veto-overridden',
  'rescinded',
  'implemented',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How each kind of event leaves the campaign: won for now, lost for now, or still open. */
export const EVENT_OUTCOMES: Record<EventKind, 'won' | 'lost' | undefined> = {
  introduced: undefined,
  hearing: undefined,
  committee: undefined,
  passed: 'won',
  statement: 'won',
  failed: 'lost',
  tabled: 'lost',
  withdrawn: 'lost',
  declined: 'lost',
  vetoed: 'lost',
  'veto-overridden': 'won',
  rescinded: 'lost',
  implemented: 'won',
  other: undefined,
};

/**
 * Characters that don't belong in a line of text: control characters (they break the feeds' XML and can hide
 * text), and the marks that reverse the direction of what follows (they can make a line read as something else).
 * Tabs and line breaks are allowed; the site writes right-to-left text with `dir`, not with marks.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The shape of every file name on the site: lowercase words joined by hyphens, such as `durham-police-exchange`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The one way the site makes a slug from text: lowercase words joined by hyphens, accents dropped, at most 80
 * characters. "Saint-Louis: Drop Veolia!" → "saint-louis-drop-veolia".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Rounds to two decimal places (about a kilometre): the site places campaigns at city level, never at an address. */
export function toCityPrecision(degrees: number): number {
  return Math.round(degrees * 100) / 100;
}

/**
 * The places a campaign can be in: the 50 states, the District of Columbia, Puerto Rico and the inhabited
 * territories, by USPS code. `fips` matches the ids in the `us-atlas` outlines the maps are drawn from.
 */
export const STATES = {
  AL: { name: 'Alabama', fips: '01' },
  AK: { name: 'Alaska', fips: '02' },
  AZ: { name: 'Arizona', fips: '04' },
  AR: { name: 'Arkansas', fips: '05' },
  CA: { name: 'California', fips: '06' },
  CO: { name: 'Colorado', fips: '08' },
  CT: { name: 'Connecticut', fips: '09' },
  DE: { name: 'Delaware', fips: '10' },
  DC: { name: 'District of Columbia', fips: '11' },
  FL: { name: 'Florida', fips: '12' },
  GA: { name: 'Georgia', fips: '13' },
  HI: { name: 'Hawaii', fips: '15' },
  ID: { name: 'Idaho', fips: '16' },
  IL: { name: 'Illinois', fips: '17' },
  IN: { name: 'Indiana', fips: '18' },
  IA: { name: 'Iowa', fips: '19' },
  KS: { name: 'Kansas', fips: '20' },
  KY: { name: 'Kentucky', fips: '21' },
  LA: { name: 'Louisiana', fips: '22' },
  ME: { name: 'Maine', fips: '23' },
  MD: { name: 'Maryland', fips: '24' },
  MA: { name: 'Massachusetts', fips: '25' },
  MI: { name: 'Michigan', fips: '26' },
  MN: { name: 'Minnesota', fips: '27' },
  MS: { name: 'Mississippi', fips: '28' },
  MO: { name: 'Missouri', fips: '29' },
  MT: { name: 'Montana', fips: '30' },
  NE: { name: 'Nebraska', fips: '31' },
  NV: { name: 'Nevada', fips: '32' },
  NH: { name: 'New Hampshire', fips: '33' },
  NJ: { name: 'New Jersey', fips: '34' },
  NM: { name: 'New Mexico', fips: '35' },
  NY: { name: 'New York', fips: '36' },
  NC: { name: 'North Carolina', fips: '37' },
  ND: { name: 'North Dakota', fips: '38' },
  OH: { name: 'Ohio', fips: '39' },
  OK: { name: 'Oklahoma', fips: '40' },
  OR: { name: 'Oregon', fips: '41' },
  PA: { name: 'Pennsylvania', fips: '42' },
  RI: { name: 'Rhode Island', fips: '44' },
  SC: { name: 'South Carolina', fips: '45' },
  SD: { name: 'South Dakota', fips: '46' },
  TN: { name: 'Tennessee', fips: '47' },
  TX: { name: 'Texas', fips: '48' },
  UT: { name: 'Utah', fips: '49' },
  VT: { name: 'Vermont', fips: '50' },
  VA: { name: 'Virginia', fips: '51' },
  WA: { name: 'Washington', fips: '53' },
  WV: { name: 'West Virginia', fips: '54' },
  WI: { name: 'Wisconsin', fips: '55' },
  WY: { name: 'Wyoming', fips: '56' },
  AS: { name: 'American Samoa', fips: '60' },
  GU: { name: 'Guam', fips: '66' },
  MP: { name: 'Northern Mariana Islands', fips: '69' },
  PR: { name: 'Puerto Rico', fips: '72' },
  VI: { name: 'U.S. Virgin Islands', fips: '78' },
} as const satisfies Record<string, { name: string; fips: string }>;

export type StateCode = keyof typeof STATES;
export const STATE_CODES = Object.keys(STATES) as StateCode[];

/** What an organizing toolkit can be about, so toolkits on the same skill find each other. Names are in the dictionary. */
export const TOPICS = [
  'getting-started',
  'coalition-building',
  'unions',
  'research',
  'public-records',
  'contracts',
  'investments',
  'police',
  'council-process',
  'drafting',
  'vote-counting',
  'public-comment',
  'media',
  'safety',
  'digital-security',
  'legal',
  'implementation',
] as const;
export type Topic = (typeof TOPICS)[number];
