/** The validator's report on a copy of the minimal fixture site with some files changed, one line per problem. */
import { formatProblem } from '../../../src/lib/problems.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import { makeSite } from '../../helpers/temp-site.ts';

export function problemsIn(files: Record<string, string | null>): string[] {
  return validateContent({ root: makeSite(files) }).problems.map(formatProblem);
}
