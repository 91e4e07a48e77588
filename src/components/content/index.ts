/**
 * The components content files may use, passed to every rendered entry. The names must match
 * `ALLOWED_COMPONENTS` in src/lib/content-guard.ts; a unit test checks that they do.
 */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import RecordCounts from './RecordCounts.astro';
import Steps from './Steps.astro';
import Template from './Template.astro';

export const contentComponents = { Callout, Checklist, RecordCounts, Steps, Template };
