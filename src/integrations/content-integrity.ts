/**
 * Runs the content checks before Astro reads any content, so a broken file stops `astro build` with a list of every
 * problem (file, line, field, what is wrong and how to fix it) instead of a stack trace or a silent warning.
 * `npm run build` runs the same checks itself, beside Astro's start, and tells this integration so.
 * In `astro dev` the same list is printed, and the server keeps running so the contributor can fix and reload.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport, type Problem } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';
import { CONTENT_CHECKED } from './build-flags.ts';

/**
 * What the checks' problems mean for a build: the report of every error, which stops it (a contributor should see
 * every problem of every file at once), or else the warnings to print; warnings are for npm run validate.
 */
export function buildReport(problems: readonly Problem[]): { errors?: string; warnings?: string } {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length) return { errors: formatReport(errors) };
  return problems.length ? { warnings: formatReport(problems) } : {};
}

export function contentIntegrity(): AstroIntegration {
  return {
    name: 'cities-for-palestine:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (process.env[CONTENT_CHECKED]) return;
        // Bodies too: the content guard also runs inside Astro's Markdown pipeline, but there it can only stop at the
        // first file it meets, and a contributor should see every problem of every file at once.
        const { problems } = validateContent({ root: fileURLToPath(config.root) });
        if (command !== 'build') {
          if (problems.length) logger.warn(formatReport(problems));
          return;
        }
        const { errors, warnings } = buildReport(problems);
        if (errors) {
          const error = new Error(errors);
          error.name = 'ContentError';
          error.stack = errors;
          throw error;
        }
        if (warnings) logger.warn(warnings);
      },
    },
  };
}
