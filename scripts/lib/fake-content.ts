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
import { ALLOCATOR_ENV } from './allocator.ts';
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

/** The step of a made-up campaign's timeline that its status rests on. */
const DECISIONS: Partial<Record<(typeof STATUSES)[number], string>> = {
  won: 'passed',
  partial: 'passed',
  lost: 'failed',
};

/** The fixture site's issue pages, toolkit and company, plus `count` made-up campaigns, in `root/content`. */
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
      // A decided campaign shows the decision it rests on, as every real one does.
      ...(DECISIONS[status]
        ? [
            'timeline:',
            '  - date: 2024-03',
            `    event: ${DECISIONS[status]}`,
            ...(status === 'partial' ? ['    partial: true'] : []),
          ]
        : []),
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
  const build = await measure(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts')], root);
  if (build.status !== 0)
    throw new Error(`The build of ${count} made-up campaigns failed:\n${build.output.slice(-3000)}`);
  return { root, dist: join(root, 'dist'), seconds: build.seconds, peakMb: build.peakMb, cpu: build.cpu };
}

/**
 * The floor the build is measured against: the cheapest way Astro makes the site's campaign pages. A content
 * collection (glob loader) on the very same campaign files, and one dynamic route that renders each entry in each
 * of the site's languages with no layout, then Pagefind over the result, as the site's build does. Astro runs with
 * the allocator setting `npm run build` gives it (scripts/lib/allocator.ts), which lowers the floor's peak memory
 * too. File-based Markdown pages are not a fair floor: Astro builds many of them super-linearly, which would flatter
 * the site.
 */
export async function buildFloorSite(site: { root: string }, count: number) {
  const root = tempDir(`c4p-floor-${count}-`);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { cacheDir: './.cache/astro', integrations: [mdx()] };\n",
  );
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(site.root, 'content/campaigns'), join(root, 'content/campaigns'), { recursive: true });
  mkdirSync(join(root, 'src/pages/[...lang]/campaigns'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "export const collections = { campaigns: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/campaigns' }) }) };",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/pages/[...lang]/campaigns/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const campaigns = await getCollection('campaigns');",
      `  return ${JSON.stringify(LOCALE_CODES.map((code) => (code === 'en' ? null : code)))}.flatMap((lang) =>`,
      '    campaigns.map((entry) => ({ params: { lang: lang ?? undefined, id: entry.id }, props: { entry } })),',
      '  );',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      // Each copy says which language it is in, as the site's pages do, so Pagefind builds one index per language
      // for the floor too.
      "<html lang={Astro.params.lang ?? 'en'}><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></body></html>",
      '',
    ].join('\n'),
  );
  const build = await measure(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    root,
    ALLOCATOR_ENV,
  );
  if (build.status !== 0)
    throw new Error(`The floor build of ${count} campaigns failed:\n${build.output.slice(-3000)}`);
  const search = await measure(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
    root,
  );
  if (search.status !== 0) throw new Error(`Pagefind over the floor failed:\n${search.output.slice(-3000)}`);
  return {
    root,
    dist: join(root, 'dist'),
    seconds: build.seconds + search.seconds,
    peakMb: Math.max(build.peakMb ?? 0, search.peakMb ?? 0) || undefined,
    cpu:
      build.cpu && search.cpu
        ? { own: build.cpu.own + search.cpu.own, others: build.cpu.others + search.cpu.others }
        : undefined,
  };
}
