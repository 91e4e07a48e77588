/**
 * The built site (dist/, from tests/global-setup.ts) against the content: every entry has its page, every issue
 * and state has its page, and the pages that should ship no JavaScript don't.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/ui.ts';
import { entryPath, statePath } from '../../src/lib/routes.ts';
import { campaignTimeline, latestDate, quietSince } from '../../src/lib/timeline.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { ISSUES } from '../../src/schemas/constants.ts';
import { campaignSchema } from '../../src/schemas/index.ts';
import { winSchema } from '../../src/schemas/win.ts';
import { escapeHtml } from '../helpers/html.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const { entries } = readContentFiles(PROJECT_ROOT);
const page = (path: string) => join(dist, path, 'index.html');
const html = (path: string) => readFileSync(page(path), 'utf8');

describe('the built site', () => {
  it('has a page for every content file, showing its title', () => {
    expect(entries.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const entry of entries) {
      const path = entryPath(entry.collection as CollectionName, entry.slug);
      if (!existsSync(page(path))) {
        missing.push(`${entry.file} → ${path}`);
        continue;
      }
      const data = entry.data as { title?: string; name?: string };
      const heading = data.title ?? data.name;
      if (heading) expect(html(path), entry.file).toContain(escapeHtml(heading));
    }
    expect(missing).toEqual([]);
  });

  it('has an explainer page for every issue, and a page for every state with a campaign', () => {
    for (const issue of ISSUES) {
      expect(existsSync(page(`/issues/${issue}/`)), issue).toBe(true);
      // Its icon is drawn, not an empty placeholder.
      expect(html(`/issues/${issue}/`), issue).toMatch(/<svg class="issue-icon[^>]*>\s*<path d="M[^"]{8,}"/);
      // Its counts lead to its sections (the link check proves the targets exist).
      expect(html(`/issues/${issue}/`), issue).toMatch(
        /<nav class="section-links"[^>]*>.*href="#campaigns".*href="#wins"/s,
      );
    }
    const states = new Set(
      entries
        .filter((entry) => entry.collection === 'campaigns')
        .map((entry) => (entry.data as { state: string }).state),
    );
    for (const state of states) expect(existsSync(page(statePath(state))), state).toBe(true);
  });

  it('lists every campaign in the directory', () => {
    const content = html('/campaigns/');
    for (const entry of entries.filter((item) => item.collection === 'campaigns'))
      expect(content, entry.slug).toContain(`href="/campaigns/${entry.slug}/"`);
  });

  it('shows every win on the timeline', () => {
    const timeline = html('/wins/');
    for (const entry of entries.filter((item) => item.collection === 'wins'))
      expect(timeline, entry.slug).toContain(`href="/wins/${entry.slug}/"`);
  });

  it('gives every page a title, a description and a canonical link', () => {
    for (const path of [
      '/',
      '/campaigns/',
      '/wins/',
      '/toolkits/',
      '/companies/',
      '/issues/',
      '/states/',
      '/about/',
      '/contribute/',
    ]) {
      const text = html(path);
      expect(text, path).toMatch(/<title>[^<]+<\/title>/);
      expect(text, path).toMatch(/<meta name="description" content="[^"]+"/);
      expect(text, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    }
  });

  it('tells readers how to get involved on every active campaign, and only there', () => {
    const campaigns = entries.filter((entry) => entry.collection === 'campaigns');
    const active = campaigns.filter((entry) => (entry.data as { status: string }).status === 'active');
    expect(active.length).toBeGreaterThan(3);
    let quietOnes = 0;
    for (const entry of campaigns) {
      const data = entry.data as { status: string; targets: string[]; coalition?: string };
      const text = html(entryPath('campaigns', entry.slug));
      const section = /<section[^>]*data-get-involved[^>]*>([\s\S]*?)<\/section>/.exec(text)?.[1];
      if (data.status !== 'active') {
        expect(section, entry.file).toBeUndefined();
        continue;
      }
      expect(section, entry.file).toBeDefined();
      expect(section, entry.file).toContain(escapeHtml(data.targets.join(', ')));
      if (data.coalition) expect(section, entry.file).toContain(escapeHtml(data.coalition));
      expect(section, entry.file).toMatch(/href="\/toolkits\/[a-z0-9-]+\/"/);
      expect(section, entry.file).toMatch(/href="(mailto:|https:\/\/)[^"]+"/);
      // The page's latest news counts the campaign's wins too, as the site's content join does.
      const campaign = campaignSchema.parse(entry.data);
      const wins = entries
        .filter((win) => win.collection === 'wins' && (win.data as { campaign: string }).campaign === entry.slug)
        .map((win) => ({ id: win.slug, data: winSchema.parse(win.data) }));
      const quiet = quietSince(latestDate(campaignTimeline(campaign, wins)), campaign.updated);
      if (quiet) quietOnes++;
      expect(section!.includes('data-quiet'), entry.file).toBe(quiet !== undefined);
    }
    // The record has active campaigns last heard of in early 2024, checked again in December 2026.
    expect(quietOnes).toBeGreaterThan(0);
  });

  it('shows how to reach the site’s keepers on /about/ and /contribute/, in every language', () => {
    for (const path of ['/about/', '/contribute/', '/es/about/', '/ar/contribute/']) {
      const section = /<section[^>]*data-site-contact[^>]*>([\s\S]*?)<\/section>/.exec(html(path))?.[1];
      expect(section, path).toContain(`href="${site.repository}/issues/new"`);
    }
  });

  it('draws a territory’s inset on the home page’s map only when a campaign is there', () => {
    const states = new Set(
      entries
        .filter((entry) => entry.collection === 'campaigns')
        .map((entry) => (entry.data as { state: string }).state),
    );
    const groups = [['PR', 'VI'], ['GU', 'MP'], ['AS']];
    const expected = groups.filter((codes) => codes.some((code) => states.has(code))).length;
    const insets = /<g class="insets"[^>]*>([\s\S]*?)<\/g>/.exec(html('/'))?.[1];
    expect(insets, 'the map’s group of insets').toBeDefined();
    expect(insets!.match(/<rect\b/g) ?? []).toHaveLength(expected);
  });

  it('has a 404 page in each language, where hosts look for one', () => {
    for (const locale of LOCALE_CODES) {
      const file = locale === 'en' ? '404.html' : `${locale}/404.html`;
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toContain(`<html lang="${locale}"`);
      expect(html, file).toContain(escapeHtml(dictionaries[locale]['notFound.title'] as string));
      expect(existsSync(join(dist, file.replace('404.html', '404/'))), file).toBe(false);
    }
  });
});

describe('toolkit pages', () => {
  const toolkits = entries.filter((entry) => entry.collection === 'toolkits');

  it('have at least nine toolkits besides the first, each citing a real campaign or win', () => {
    expect(toolkits.length).toBeGreaterThanOrEqual(10);
    for (const toolkit of toolkits)
      expect(toolkit.body, toolkit.file).toMatch(/\]\(\/(campaigns|wins)\/[a-z0-9-]+\/\)/);
  });

  it('have a table of contents that matches their headings, in order', () => {
    for (const toolkit of toolkits) {
      const text = html(`/toolkits/${toolkit.slug}/`);
      const body = text.slice(text.indexOf('class="prose'), text.indexOf('</article>'));
      const headings = [...body.matchAll(/<h([23]) id="([^"]+)"[^>]*>/g)].map((match) => match[2]);
      const toc = text.slice(text.indexOf('class="toc'), text.indexOf('</nav>', text.indexOf('class="toc')));
      const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
      expect(headings.length, toolkit.file).toBeGreaterThan(3);
      expect(links, toolkit.file).toEqual(headings);
    }
  });

  it('are grouped by stage on /toolkits/, in reading order', () => {
    const index = html('/toolkits/');
    const order = ['stage-start', 'stage-research', 'stage-pass', 'stage-defend'].map((id) =>
      index.indexOf(`id="${id}"`),
    );
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
