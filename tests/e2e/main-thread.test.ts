/**
 * Main-thread blocking with the CPU slowed 4× (as Lighthouse slows it for a mid-range phone), on a phone's screen:
 * the time the main thread spends beyond 50 ms in each long task, from navigation until the page is ready and a
 * second has passed, median of three loads. It prints every figure.
 *
 * The page is watched through the DevTools protocol, not Playwright's selectors: those inject a script into the
 * page whose evaluation, on a slowed CPU, is itself a long task (60–70 ms) that no reader's phone runs.
 *
 * The goal is 200 ms on every page (issue 20); the budgets are guards against regressions, set with room for a busy
 * test machine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PHONE } from '../../scripts/lib/browser.ts';
import { median } from '../../scripts/lib/measure.ts';
import { openSite, type Site } from './harness.ts';
import { MAP_READY } from './templates.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const BUDGET = 500;
const PAGES = [
  { path: '/' },
  { path: '/campaigns/' },
  { path: '/contribute/' },
  { path: '/search/?q=council', ready: 'site-search[data-phase="done"]' },
  // 50–134 ms on a quiet machine (three loads) since the map's work was sliced finer; busier in the full tier.
  { path: '/map/', ready: MAP_READY },
];

async function blockingTime(path: string, ready?: string): Promise<number> {
  const context = await site.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const blocking = { total: 0 };
    Object.assign(window, { blocking });
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) blocking.total += Math.max(0, task.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const evaluate = async (expression: string): Promise<unknown> =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  await page.goto(`${site.server.url}${path}`);
  const readySince = Date.now();
  while (ready && !(await evaluate(`Boolean(document.querySelector(${JSON.stringify(ready)}))`))) {
    if (Date.now() - readySince > 30_000) throw new Error(`${path} was not ready (${ready}) within 30 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const total = Number(await evaluate('window.blocking.total'));
  await context.close();
  return total;
}

it('keeps the main thread free enough on a slowed phone', async () => {
  const figures: { path: string; loads: number[]; median: number }[] = [];
  for (const { path, ready } of PAGES) {
    const loads: number[] = [];
    for (let load = 0; load < 3; load++) loads.push(Math.round(await blockingTime(path, ready)));
    figures.push({ path, loads, median: median(loads) });
  }
  console.log(
    [`Main-thread blocking, CPU slowed 4×, median of 3 loads (ms; goal 200, budget ${BUDGET}):`]
      .concat(figures.map((f) => `  ${f.path}: ${f.median} (${f.loads.join(', ')})`))
      .join('\n'),
  );
  expect(figures.filter((f) => f.median > BUDGET).map((f) => `${f.path}: ${f.median} ms`)).toEqual([]);
}, 120_000);
