/** `pnpm --filter @mamoru/content docs`: regenerates docs/seed-coverage.md and docs/readability.md. */
import { writeFileSync } from 'node:fs';
import { docsPath, generateDocs } from '../docs/generate-docs.ts';

for (const [relative, text] of await generateDocs()) {
  writeFileSync(docsPath(relative), text);
  console.error(`wrote ${relative}`);
}
