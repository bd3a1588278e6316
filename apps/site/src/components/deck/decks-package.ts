// The site reaches @mamoru/decks through this one file. apps/site/package.json does not list the
// package yet (owned by the site helper); once it does, these become '@mamoru/decks' imports.
export * from '../../../../../packages/decks/src/index.ts';
export * from '../../../../../packages/decks/src/pptx/index.ts';
