/**
 * The browser form on /contribute/: it builds a campaign file that passes `npm run validate`, and its GitHub
 * link carries that file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { makeSite } from '../helpers/temp-site.ts';
import { axeViolations } from './axe.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function openForm() {
  const opened = await site.open('/contribute/');
  await opened.page.waitForSelector('campaign-form:not([hidden])');
  return opened;
}

async function fillValidCampaign(page: Page) {
  await page.fill('#cf-title', 'End police exchanges in Springfield');
  await page.fill('#cf-summary', 'Asks Springfield City Council to end police exchanges: all of them.');
  await page.check('input[name="issues"][value="police-exchange"]');
  await page.fill('#cf-targets', 'Springfield City Council\nSpringfield Police Department');
  await page.selectOption('#cf-state', 'IL');
  await page.fill('#cf-city', 'Springfield');
  await page.selectOption('#cf-status', 'won');
  await page.fill('#cf-sources-0-url', 'https://example.org/story');
  await page.fill('#cf-sources-0-title', 'Council ends exchanges');
  await page.click('[data-add-source]');
  await page.fill('#cf-sources-1-url', 'http://example.org/older-story');
  await page.fill('#cf-sources-1-publisher', 'The Springfield Paper');
  await page.fill('#cf-body-asks', 'The coalition asks the council {and the mayor} to <end> the exchange.');
}

describe('the contribute form', () => {
  it('builds a file that passes npm run validate, and the GitHub link carries it', async () => {
    const { page, errors, close } = await openForm();
    await fillValidCampaign(page);
    await expect.poll(() => page.getAttribute('campaign-form', 'data-valid')).toBe('true');
    expect(await page.textContent('[data-form-status]')).toBe(
      'The file is ready. Copy it, download it, or open a pull request on GitHub.',
    );
    const link = new URL((await page.getAttribute('[data-pull-request]', 'href'))!);
    expect(`${link.origin}${link.pathname}`).toBe(
      'https://github.com/cities-for-palestine/cities-for-palestine/new/main',
    );
    const fileName = link.searchParams.get('filename')!;
    expect(fileName).toBe('content/campaigns/end-police-exchanges-in-springfield.mdx');
    const text = link.searchParams.get('value')!;
    expect(text).toBe(await page.textContent('[data-preview]'));
    expect(await page.getAttribute('[data-download]', 'download')).toBe('end-police-exchanges-in-springfield.mdx');
    const root = makeSite({ [fileName.replace('content/', '')]: text });
    // The file builds; a won campaign is asked, as a warning, for the decision it rests on (a win or a timeline step).
    expect(validateContent({ root }).problems.map(({ severity, message }) => [severity, message])).toEqual([
      ['warning', expect.stringMatching(/^is won, but the timeline has no decision/)],
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('points at each problem, in the words of the validator, and keeps GitHub closed until it is fixed', async () => {
    const { page, close } = await openForm();
    await page.fill('#cf-title', 'x'.repeat(130));
    await page.fill('#cf-website', 'http://example.org');
    await page.fill('#cf-contact', 'maria.lopez@gmail.com');
    await page.fill('#cf-body-happened', 'Call us at (217) 555-0142.');
    await page.click('[data-pull-request]');
    await expect
      .poll(() => page.textContent('#cf-title-error'))
      .toBe('is 130 characters long — shorten it to 120 characters or fewer');
    expect(await page.textContent('#cf-website-error')).toBe(
      '"http://example.org" is not an https link — use the full address starting with https://',
    );
    expect(await page.textContent('#cf-contact-error')).toMatch(
      /^"maria\.lopez@gmail\.com" looks like a person's e-mail address/,
    );
    expect(await page.textContent('#cf-body-happened-error')).toMatch(/^"\(217\) 555-0142" looks like a phone number/);
    expect(await page.getAttribute('#cf-title', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-pull-request]', 'href')).toBe('#campaign-form');
    expect(await page.textContent('[data-form-status]')).toMatch(/^\d+ things to fix before the file is ready\.$/);
    await close();
  });

  it('shows every problem of an empty form beside its field, sources included, and moves to the first', async () => {
    const { page, close } = await openForm();
    expect(await page.inputValue('#cf-state')).toBe('');
    await page.selectOption('#cf-status', 'won');
    await page.click('[data-pull-request]');
    const problems = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-error][data-kind="error"]')].map((output) => [
            output.dataset.error,
            output.textContent,
          ]),
        ),
      );
    await expect
      .poll(async () => Object.keys(await problems()))
      .toEqual(['title', 'summary', 'issues', 'targets', 'state', 'city', 'sources']);
    expect((await problems()).sources).toMatch(/^are missing, and a campaign marked won needs at least one/);
    expect(await page.textContent('[data-form-status]')).toBe('7 things to fix before the file is ready.');
    // The link stays shut and says why by sending the reader to the first problem.
    expect(await page.getAttribute('[data-pull-request]', 'href')).toBe('#campaign-form');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-title');
    for (const id of ['cf-title', 'cf-summary', 'cf-targets', 'cf-state', 'cf-city', 'cf-sources-0-url'])
      expect(await page.getAttribute(`#${id}`, 'aria-invalid'), id).toBe('true');
    await close();
  });

  it('puts a wrong value in any field beside that field, optional fields and a second source included', async () => {
    const { page, close } = await openForm();
    await fillValidCampaign(page);
    const phone = 'looks like a phone number, and the site lists groups, not people';
    const email = "looks like a person's e-mail address, and the site lists groups, not people";
    const notDate = 'is not a date — write it as YYYY, YYYY-MM or YYYY-MM-DD';
    const notLink = 'is not an http or https link — use the full address of the article or page';
    // Each field, a wrong value for it, and the start of what the page says beside it.
    const wrong: Record<string, [value: string, said: string]> = {
      coalition: ['Text Sam at 217-555-0142', `"217-555-0142" ${phone}`],
      county: ['maria.lopez@gmail.com', `"maria.lopez@gmail.com" ${email}`],
      coordinates: ['near the river', '"near the river" is not a pair of coordinates — write [latitude, longitude]'],
      started: ['last spring', `"last spring" ${notDate}`],
      'sources.0.url': ['example.org/story', `"example.org/story" ${notLink}`],
      'sources.0.title': ['Sam, 217-555-0142', `"217-555-0142" ${phone}`],
      'sources.0.publisher': ['maria.lopez@gmail.com', `"maria.lopez@gmail.com" ${email}`],
      'sources.0.date': ['March the 5th', `"March the 5th" ${notDate}`],
      'sources.1.url': ['not a link', `"not a link" ${notLink}`],
      'body.asks': ['Write to maria.lopez@gmail.com', `"maria.lopez@gmail.com" ${email}`],
      'body.involved': ['Call (217) 555-0142', `"(217) 555-0142" ${phone}`],
    };
    for (const [name, [value]] of Object.entries(wrong)) await page.fill(`[name="${name}"]`, value);
    await page.click('[data-pull-request]');
    const shown = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-error]')]
            .filter((output) => output.textContent?.trim())
            .map((output) => [output.dataset.error, output.textContent]),
        ),
      );
    await expect.poll(async () => Object.keys(await shown()).sort()).toEqual(Object.keys(wrong).sort());
    const messages = await shown();
    for (const [name, [, said]] of Object.entries(wrong)) {
      expect(messages[name]?.startsWith(said), `${name}: ${messages[name]}`).toBe(true);
      const id = `cf-${name.replaceAll('.', '-')}`;
      expect(await page.getAttribute(`#${id}`, 'aria-invalid'), name).toBe('true');
      expect(await page.getAttribute(`#${id}`, 'aria-describedby'), name).toContain(`${id}-error`);
    }
    // Nothing typed is lost: the file keeps the county and the unreadable coordinates for the reader to fix.
    expect(await page.textContent('[data-preview]')).toMatch(
      /county: maria\.lopez@gmail\.com\n[^]*coordinates: near the river\n/,
    );
    expect(await page.getAttribute('[data-pull-request]', 'href')).toBe('#campaign-form');
    await close();
  });

  it('leaves empty optional fields and help text out of the file', async () => {
    const { page, close } = await openForm();
    await fillValidCampaign(page);
    await page.fill('#cf-body-asks', '');
    await expect.poll(() => page.getAttribute('campaign-form', 'data-valid')).toBe('true');
    const file = (await page.textContent('[data-preview]'))!;
    for (const field of ['coalition', 'county', 'started', 'website', 'contact', 'companies', 'coordinates'])
      expect(file).not.toMatch(new RegExp(`^${field}:`, 'm'));
    expect(file).not.toContain('## ');
    for (const help of ['Who is organizing', 'Meetings, votes and decisions so far', 'How people can join or support'])
      expect(file).not.toContain(help);
    await close();
  });

  it('warns when the campaign may already be on the site', async () => {
    const { page, close } = await openForm();
    await page.selectOption('#cf-state', 'NC');
    await page.fill('#cf-city', 'Durham');
    await page.check('input[name="issues"][value="police-exchange"]');
    await expect.poll(() => page.textContent('#cf-issues-error')).toContain('"End police exchanges in Durham"');
    await close();
  });

  it('can be filled and sent with the keyboard alone', async () => {
    const { page, close } = await openForm();
    await page.focus('#cf-title');
    await page.keyboard.type('Divest Springfield');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Asks Springfield to divest.');
    let reached = false;
    for (let step = 0; step < 80 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-pull-request') ?? false);
    }
    expect(reached).toBe(true);
    await close();
  });

  it('has no accessibility violations (axe), with problems showing', async () => {
    const { page, close } = await openForm();
    await page.click('[data-pull-request]');
    await page.waitForSelector('[aria-invalid="true"]');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
