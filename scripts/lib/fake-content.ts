/**
 * Made-up campaigns for benchmarks, written into a temporary content folder and never into content/. Places are
 * real US cities from the offline gazetteer (so the map spreads them like real ones); everything else is filler,
 * and every title says it is made up.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import zipcodes from 'zipcodes';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { isPlausible } from '../../src/lib/gazetteer.ts';
import { ISSUES, STATUSES } from '../../src/schemas/constants.ts';
import { copyCode, measure, PROJECT_ROOT, tempDir } from './project.ts';

/** A small deterministic random generator, so every run benchmarks the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const FILLER =
  'This is made-up text for a benchmark. It is about as long as the description of a real campaign, with a few ' +
  'paragraphs on what the group asked for, what happened at the council, and how to get involved.';

/** The body of every made-up page, the same in the site and in the floor so that the two build equal text. */
const BODY = ['## What the campaign asks', '', FILLER, '', '## What happened', '', `${FILLER} ${FILLER}`, ''];

/** The fixture site's issue pages, guide and company, plus `count` made-up campaigns, in `root/content`. */
export function writeFakeContent(root: string, count: number, seed = 1): void {
  const content = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/minimal-site/content'), content, { recursive: true });
  mkdirSync(join(content, 'campaigns'), { recursive: true });
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const places = Object.values(zipcodes.codes).filter(isPlausible);
  for (let index = 1; index <= count; index++) {
    const place = pick(places);
    const status = pick(STATUSES);
    const issues = [...new Set([pick(ISSUES), pick(ISSUES)])];
    const lines = [
      '---',
      `title: Made-up campaign ${index} in ${place.city}`,
      `summary: A made-up campaign for benchmarks, asking the ${place.city} council to act.`,
      `city: "${place.city}"`,
      `state: ${place.state}`,
      `issues: [${issues.join(', ')}]`,
      `status: ${status}`,
      `targets: ["${place.city} City Council"]`,
      `coordinates: [${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)}]`,
      'sources:',
      `  - url: https://example.org/made-up/${index}`,
      '    publisher: Example News',
      'updated: 2026-01-01',
      '---',
      '',
      ...BODY,
    ];
    writeFileSync(join(content, 'campaigns', `made-up-campaign-${index}.mdx`), lines.join('\n'));
  }
}

/** Builds the site around `count` made-up campaigns in a temporary folder, measuring the build. */
export async function buildFakeSite(count: number) {
  const root = tempDir(`c4p-bench-${count}-`);
  writeFakeContent(root, count);
  copyCode(root);
  const build = await measure(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    root,
  );
  if (build.status !== 0)
    throw new Error(`The build of ${count} made-up campaigns failed:\n${build.output.slice(-3000)}`);
  return { root, dist: join(root, 'dist'), seconds: build.seconds, peakMb: build.peakMb };
}

/**
 * The floor the build is measured against: a bare Astro project with one Markdown page per campaign page the site
 * builds (one per made-up campaign in each of the site's languages), of the same size (title, summary and the same
 * text), no layout, no components, no integrations.
 */
export async function buildFloorSite(count: number) {
  const root = tempDir(`c4p-floor-${count}-`);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const locale of LOCALE_CODES) {
    const folder = join(root, 'src/pages', locale, 'campaigns');
    mkdirSync(folder, { recursive: true });
    for (let index = 1; index <= count; index++) writeFloorPage(folder, index);
  }
  const build = await measure(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    root,
  );
  if (build.status !== 0) throw new Error(`The floor build of ${count} pages failed:\n${build.output.slice(-3000)}`);
  return { root, dist: join(root, 'dist'), seconds: build.seconds, peakMb: build.peakMb };
}

function writeFloorPage(folder: string, index: number) {
  const text = [
    '---',
    `title: Made-up campaign ${index}`,
    '---',
    '',
    `# Made-up campaign ${index}`,
    '',
    'A made-up campaign for benchmarks, asking the council to act.',
    '',
    ...BODY,
  ];
  writeFileSync(join(folder, `made-up-campaign-${index}.md`), text.join('\n'));
}
