/** The checklist the weekly workflow writes into the issue "Sources and entries to check". */
import { describe, expect, it } from 'vitest';
import { sourceTasks, type ReportedLink } from '../../scripts/lib/source-tasks.ts';

const checkedAt = '2026-12-01T06:30:00.000Z';
const link = (fields: Partial<ReportedLink>): ReportedLink => ({
  file: 'content/campaigns/shelbyville.mdx',
  line: 12,
  url: 'https://example.org/story',
  kind: 'source',
  outcome: 'ok',
  status: 200,
  redirects: [],
  checkedAt,
  proposedArchive: null,
  ...fields,
});

describe('sourceTasks', () => {
  it('makes one task per dead link, with the archived copy to add where there is one, and per stale entry', () => {
    const body = sourceTasks(
      [
        link({}),
        link({ url: 'https://example.org/moved', outcome: 'moved', redirects: ['https://example.org/new'] }),
        link({
          line: 14,
          url: 'https://example.org/gone',
          outcome: 'dead',
          status: 404,
          proposedArchive: 'https://web.archive.org/web/2024/https://example.org/gone',
        }),
        link({
          file: 'content/toolkits/toolkit.mdx',
          line: 40,
          url: 'https://old.example',
          kind: 'link',
          outcome: 'unreachable',
          status: undefined,
        }),
      ],
      [{ file: 'content/wins/shelbyville-2024.mdx', title: 'Shelbyville votes', status: 'won', checked: '2025-01-02' }],
      { checked: checkedAt, runUrl: 'https://github.com/o/r/actions/runs/1', months: 12 },
    );
    expect(body).toMatchInlineSnapshot(`
      "The weekly check of 4 cited links found 2 that no longer work, and 1 entries nobody has checked against their sources for more than 12 months. Checked 2026-12-01. [The run and its full report.](https://github.com/o/r/actions/runs/1)

      Pick any line, fix it in a pull request, and tick it here. CONTRIBUTING.md explains sources and \`archive:\`.

      ## Dead links (2)

      - [ ] \`content/campaigns/shelbyville.mdx:14\` https://example.org/gone: not found (404). To fix: add \`archive: https://web.archive.org/web/2024/https://example.org/gone\` below it (\`npm run check-sources -- --write\` does this), or find where the story moved.
      - [ ] \`content/toolkits/toolkit.mdx:40\` https://old.example: no server answers. To fix: link to where the page moved, or remove the link.

      ## Entries to check again (1)

      - [ ] \`content/wins/shelbyville-2024.mdx\` Shelbyville votes (won), last checked 2025-01-02: read its sources again, add what is new, and set \`updated\` to the day you checked.
      "
    `);
  });

  it('says when a list is empty, and stops long lists well short of what GitHub accepts', () => {
    const dead = Array.from({ length: 400 }, (_, index) =>
      link({ url: `https://example.org/${index}`, outcome: 'dead', status: 410 }),
    );
    const body = sourceTasks(dead, [], { checked: checkedAt, runUrl: '', months: 6 });
    expect(body).toContain('- and 100 more in the full report');
    expect(body).toContain('## Entries to check again (0)\n\nNone this week.');
    expect(body.length).toBeLessThan(65_536);
  });
});
