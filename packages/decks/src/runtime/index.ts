// Browser-safe logic of the slide and presenter views: no Node or DOM imports here.
export * from './handout-options.ts';
export * from './keys.ts';
export * from './navigation.ts';
export * from './notes-scale.ts';
export * from './slide-hash.ts';
export * from './speaker-line.ts';
export * from './sync-protocol.ts';
export * from './timing.ts';
