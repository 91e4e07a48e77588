/**
 * The campaign schema as the form loads it: on the reader's first change, not with the page, since Zod and the
 * schemas are most of the form's weight. Zod is told not to compile parsers before any schema is built (see
 * zod-without-eval.ts), so this module imports that first.
 */
import './zod-without-eval.ts';

export { campaignSchema } from '../../schemas/campaign.ts';
