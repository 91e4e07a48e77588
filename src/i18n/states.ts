/** The name of each state and territory in each language; English comes from the list in src/schemas/constants.ts. */
import { STATE_CODES, STATES, type StateCode } from '../schemas/constants.ts';
import { arStates } from './ar.ts';
import { esStates } from './es.ts';
import type { Locale } from './locales.ts';

const enStates = Object.fromEntries(STATE_CODES.map((code) => [code, STATES[code].name])) as Record<StateCode, string>;

export const stateNames: Record<Locale, Record<StateCode, string>> = { en: enStates, es: esStates, ar: arStates };
