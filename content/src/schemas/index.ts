export * from './audience.ts';
export * from './deck.ts';
export * from './glossary.ts';
export * from './lesson.ts';
export * from './question.ts';
export * from './seed-map.ts';
export * from './source.ts';
export * from './topics.ts';
