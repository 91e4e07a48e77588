/**
 * axe-core on a page, for the browser tests: what it finds, one line per element, so a failing test says which rule,
 * where, and what to do.
 */
import AxeBuilder from '@axe-core/playwright';
import type { NodeResult, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
  let builder = new AxeBuilder({ page });
  if (tags) builder = builder.withTags(tags);
  if (rules) builder = builder.withRules(rules);
  return describeViolations((await builder.analyze()).violations, ignore);
}
