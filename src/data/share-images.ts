/** The link-preview images of pages, with their text in the page's language. */
import type { Locale } from '../i18n/locales.ts';
import type { StateCode } from '../schemas/constants.ts';
import { localized } from './localized.ts';

/** The link-preview image of a state's pages: its outline with its campaigns (src/pages/social/states/). */
export function shareImage(state: StateCode, locale: Locale = 'en'): { path: string; alt: string } {
  const { t, stateName } = localized(locale);
  return {
    path: `/social/states/${state.toLowerCase()}.png`,
    alt: t('share.stateMap', { state: stateName(state) }),
  };
}
