/**
 * Imported first by the form's script, before any schema is built: Zod decides at construction whether to compile
 * parsers with `new Function`, and its probe for that counts as a violation of the site's Content-Security-Policy
 * (no eval) even though Zod catches the failure. Parsing without compiled parsers is fast enough for one form.
 */
import { config } from 'zod';

config({ jitless: true });
