// Browser-safe deck logic from @mamoru/decks/runtime, through one file (see components/deck/decks-package.ts).
export * from '../../../../../packages/decks/src/runtime/index.ts';
