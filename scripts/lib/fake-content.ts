/**
 * Made-up campaigns for benchmarks, written into a temporary content folder and never into content/. Places are
 * real US cities from the offline gazetteer (so the map spreads them like real ones); everything else is filler,
 * and every title says it is made up.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import zipcodes from 'zipcodes';
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

const FILLER =
  'This is made-up text for a benchmark. It is about as long as the description of a real campaign, with a few ' +
  'paragraphs on what the group asked for, what happened at the council, and how to get involved.';

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
      '## What the campaign asks',
      '',
      FILLER,
      '',
      '## What happened',
      '',
      `${FILLER} ${FILLER}`,
      '',
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
