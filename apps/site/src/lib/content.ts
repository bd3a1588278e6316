import { type Content, loadContent } from '@mamoru/content';

let cached: Promise<Content> | undefined;

/** All content, loaded and validated once per build (lesson bodies render through the collection). */
export function siteContent(): Promise<Content> {
  cached ??= loadContent({ root: import.meta.env.MAMORU_CONTENT_ROOT });
  return cached;
}
