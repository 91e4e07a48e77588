/**
 * axe-core on a page, for the browser tests: what it finds, one line per element, so a failing test says which rule,
 * where, and what to do.
 *
 * axe runs in the page itself, loaded once per page and run as often as a test asks (the dark colour scheme's pass
 * reuses the light one's copy). Playwright's axe wrapper loads axe twice per run and finishes each run in a fresh
 * page, which tripled the time of the accessibility tests; it also looks inside frames, and the site's pages have
 * none, which `axeViolations` checks so a page that gains one is not half-checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Ignore = (rule: string, node: NodeResult) => boolean;

/**
 * Map markers sit where their cities are, so at a phone's zoom some are closer together than WCAG 2.5.8 asks of
 * targets; the list of campaigns beside the map offers every marker's link and "Show on map" at full size, which
 * is the criterion's "equivalent" exception (the embedded map links to that full map). Every other target on a map
 * page is still checked.
 */
export const mapMarkerTarget: Ignore = (rule, node) => rule === 'target-size' && /leaflet-marker-icon/.test(node.html);

/** One line per element that breaks a rule: rule, impact, where, what to do, and where axe explains it. */
function describeViolations(violations: Result[], ignore: Ignore) {
  return violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !ignore(violation.id, node))
      .map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${violation.help}. ` +
          `${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()} ${violation.helpUrl}`,
      ),
  );
}

/**
 * Runs axe on the page as it is now: every rule axe has unless `tags` or `rules` narrow it, less the findings
 * `ignore` excuses. An empty list means nothing was found.
 */
export async function axeViolations(
  page: Page,
  { tags, rules, ignore = () => false }: { tags?: string[]; rules?: string[]; ignore?: Ignore } = {},
): Promise<string[]> {
  if (page.frames().length > 1)
    throw new Error(`${page.url()} has a frame, which this check does not look inside: check the frame's page too`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = tags
    ? { runOnly: { type: 'tag', values: tags } }
    : rules
      ? { runOnly: { type: 'rule', values: rules } }
      : {};
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return describeViolations(results.violations, ignore);
}
