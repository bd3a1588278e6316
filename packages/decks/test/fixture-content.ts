import { fileURLToPath } from 'node:url';
import { type Content, loadContent } from '@mamoru/content';

/** A small content root (one deck, two questions) made for these tests. */
export const FIXTURE_CONTENT_ROOT = fileURLToPath(new URL('./fixtures/content/', import.meta.url));

export function loadFixtureContent(): Promise<Content> {
  return loadContent({ root: FIXTURE_CONTENT_ROOT });
}
