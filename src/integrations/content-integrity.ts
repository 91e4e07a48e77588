/**
 * Runs the content checks before Astro reads any content, so a broken file stops `astro build` with a list of every
 * problem (file, line, field, what is wrong and how to fix it) instead of a stack trace or a silent warning.
 * In `astro dev` the same list is printed, and the server keeps running so the contributor can fix and reload.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';

export function contentIntegrity(): AstroIntegration {
  return {
    name: 'cities-for-palestine:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Bodies too: the content guard also runs inside Astro's Markdown pipeline, but there it can only stop at the
        // first file it meets, and a contributor should see every problem of every file at once.
        const { problems } = validateContent({ root: fileURLToPath(config.root) });
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (problems.length === 0) return;
        if (command === 'build' && errors.length) {
          // The problems that stop the build, every one of them; warnings are for npm run validate.
          const report = formatReport(errors);
          const error = new Error(report);
          error.name = 'ContentError';
          error.stack = report;
          throw error;
        }
        logger.warn(formatReport(problems));
      },
    },
  };
}
