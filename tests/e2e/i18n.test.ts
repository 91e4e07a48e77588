/**
 * The Spanish and Arabic sites in a real browser: a reader can use the map, choose a kind of campaign, read a
 * toolkit and search in their language; axe finds nothing on the Arabic pages; and the Arabic map page is mirrored,
 * which the screenshot saved beside the test run shows and the positions below check.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/ui.ts';
import { PHONE } from '../../scripts/lib/browser.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { AXE_TAGS, axeViolations } from './axe.ts';
import { openSite, type Site } from './harness.ts';
import { MAP_READY, openTemplate, picked, TEMPLATES } from './templates.ts';

/** A campaign's title in its Spanish translation file. */
function spanishTitle(slug: string): string {
  const file = readFileSync(join(PROJECT_ROOT, 'content/translations/es/campaigns', `${slug}.mdx`), 'utf8');
  return /^title: "?(.*?)"?$/m.exec(file)![1]!;
}

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the Arabic site', () => {
  it.each([
    ['home', '/ar/', undefined],
    ['map', '/ar/map/', MAP_READY],
    ['a toolkit', '/ar/toolkits/start-a-municipal-campaign/', 'check-list input'],
    ['a kind of campaign', '/ar/issues/police-exchange/', undefined],
    ['search', '/ar/search/?q=%D8%AD%D9%85%D9%84%D8%A9', 'site-search[data-phase="done"]'],
  ])('has no accessibility violations on the %s page (axe)', async (_name, path, ready) => {
    const { page, close } = await site.open(path);
    if (ready) await page.waitForSelector(ready);
    expect(await axeViolations(page, { tags: AXE_TAGS })).toEqual([]);
    await close();
  });

  // The pages the organizer's journey changed, right to left, sampled as the light and dark pass samples them.
  it.each(
    TEMPLATES.filter(({ name }) =>
      ['directory', 'the table of campaigns', 'an active campaign', 'wins', 'a state'].includes(name),
    ),
  )('has no accessibility violations on $name in Arabic (axe)', async (template) => {
    const { page, close } = await openTemplate(site, { ...template, path: `/ar${template.path}` });
    expect(await axeViolations(page, { tags: AXE_TAGS })).toEqual([]);
    await close();
  });

  it.each([
    '/ar/',
    '/ar/map/',
    '/ar/campaigns/',
    '/ar/campaigns/table/',
    '/ar/wins/',
    '/ar/issues/',
    '/ar/toolkits/start-a-municipal-campaign/',
  ])('fits %s on a 320 px phone, with nothing to scroll sideways', async (path) => {
    const { page, close } = await site.open(path, { ...PHONE, viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });

  it('mirrors the map page: header, filters and map controls start on the right', async () => {
    const shots = join(tmpdir(), 'c4p-screenshots');
    mkdirSync(shots, { recursive: true });
    const positions = async (path: string, name: string) => {
      const { page, close } = await site.open(path);
      await page.waitForSelector(MAP_READY);
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const width = page.viewportSize()!.width;
      const [brand, zoom, canvas, list] = await Promise.all(
        ['.brand', '.leaflet-control-zoom', '.map-canvas', '.map-list'].map(box),
      );
      await close();
      const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
      return {
        brandOnRight: centre(brand!) > width / 2,
        zoomOnRight: centre(zoom!) > centre(canvas!),
        listOnRight: centre(list!) > centre(canvas!),
      };
    };
    const english = await positions('/map/', 'map-en');
    const arabic = await positions('/ar/map/', 'map-ar');
    expect(english).toEqual({ brandOnRight: false, zoomOnRight: false, listOnRight: true });
    expect(arabic).toEqual({ brandOnRight: true, zoomOnRight: true, listOnRight: false });
  });

  it('counts the campaigns on the map with Arabic plural forms and labels the controls in Arabic', async () => {
    const { page, close } = await site.open('/ar/map/');
    await page.waitForSelector(MAP_READY);
    const status = (await page.textContent('#map-status'))!.trim();
    const forms = Object.values(dictionaries.ar['map.count'] as Record<string, string>).map((form) =>
      form.split('{')[0]!.trim(),
    );
    expect(forms.some((start) => status.startsWith(start))).toBe(true);
    expect(await page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe(dictionaries.ar['map.zoomIn']);
    await page.locator('.map-marker').first().focus();
    await page.keyboard.press('Enter');
    const popupLink = page.locator('.leaflet-popup a.map-popup-title');
    expect(await popupLink.getAttribute('href')).toMatch(/^\/ar\/campaigns\//);
    expect(await popupLink.getAttribute('lang')).toBe('en');
    await close();
  });
});

describe('translated campaign, win and toolkit pages', () => {
  // The Arabic toolkit is checked above; these are the pages the translations changed.
  const pages = TEMPLATES.filter(({ name }) => ['a campaign', 'a win', 'a toolkit'].includes(name)).flatMap(
    (template) =>
      (template.name === 'a toolkit' ? ['es'] : ['es', 'ar']).map((locale) => ({
        ...template,
        path: `/${locale}${template.path}`,
      })),
  );

  it.each(pages)('$path has no accessibility violations (axe) and fits a 320 px phone', async (template) => {
    const { page, close } = await openTemplate(site, template);
    expect(await axeViolations(page, { tags: AXE_TAGS })).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close();
  });

  it.each(['es', 'ar'] as const)(
    'answers a missing address under /%s/ with that language’s not-found page',
    async (locale) => {
      const { page, close } = await site.open(`/${locale}/no-such-page/`, { allowErrors: /status of 404/ });
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.textContent('h1')).toBe(dictionaries[locale]['notFound.title']);
      await close();
    },
  );
});

describe('a Spanish reader on a phone', () => {
  it('filters the map to a kind of campaign, opens one, and stays in Spanish', async () => {
    const { page, close } = await site.open('/es/map/', PHONE);
    await page.waitForSelector(MAP_READY);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.locator('#filter-issue').selectOption('police-exchange');
    await expect.poll(() => page.url()).toContain('issue=police-exchange');
    const first = page.locator('#map-campaigns li a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/es\/campaigns\//);
    await first.click();
    await page.waitForURL(/\/es\/campaigns\//);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('body')).toContain(dictionaries.es['campaign.place'] as string);
    await close();
  });

  it('reads the three translated toolkits in Spanish, without scrolling sideways', async () => {
    for (const toolkit of [
      'start-a-municipal-campaign',
      'public-comment-and-testimony',
      'digital-security-for-organizers',
    ]) {
      const { page, close } = await site.open(`/es/toolkits/${toolkit}/`, PHONE);
      expect(await page.locator('.prose').first().getAttribute('lang')).toBeNull();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await close();
    }
  });

  it('hears what is wrong with a new campaign file in Spanish', async () => {
    const { page, close } = await site.open('/es/contribute/', PHONE);
    await page.click('[data-pull-request]');
    await page.waitForSelector('[data-error]:not(:empty)');
    const messages = await page.locator('[data-error]:not(:empty)').allTextContents();
    expect(messages).toContain(dictionaries.es['form.error.missing']);
    expect(messages.every((message) => Object.values(dictionaries.es).includes(message))).toBe(true);
    await close();
  });

  it.each([
    ['a toolkit', 'Empieza una campaña municipal', '/es/toolkits/start-a-municipal-campaign/'],
    ['a campaign, by its translated title', spanishTitle(picked.campaign), `/es/campaigns/${picked.campaign}/`],
  ])('searches the Spanish pages in Spanish, finding %s', async (_kind, query, expected) => {
    const { page, close } = await site.open(`/es/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('site-search[data-phase="done"] .search-result');
    const links = await page
      .locator('.search-result h2 a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.every((href) => href?.startsWith('/es/'))).toBe(true);
    expect(links).toContain(expected);
    await close();
  });
});
