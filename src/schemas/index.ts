/**
 * The content contract, one schema per concept. `src/content.config.ts`, the validator and the tests all import
 * from here, so there is exactly one definition of what a valid file is.
 */
export * from './campaign.ts';
export * from './company.ts';
export * from './date.ts';
export * from './issue.ts';
export * from './link.ts';
export * from './page.ts';
export * from './source.ts';
export * from './state.ts';
export * from './toolkit.ts';
export * from './translation.ts';
export * from './win.ts';
