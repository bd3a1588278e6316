// The build's Pagefind integration (src/integrations/pagefind.ts) runs in astro.config's module
// graph and the middleware in the site's bundle: the same process, different module instances.
// They meet through one well-known global, so pages are indexed while the build renders them.
const KEY = Symbol.for('mamoru.searchIndex');

type IndexPage = (url: string, html: string) => void;
type WithIndex = typeof globalThis & { [KEY]?: IndexPage | undefined };

/** Set by the Pagefind integration for the length of a build. */
export function receivePages(indexPage: IndexPage | undefined): void {
  (globalThis as WithIndex)[KEY] = indexPage;
}

/** Hands a rendered page to the search index, if a build is collecting one (not in dev). */
export function indexPage(url: string, html: string): void {
  (globalThis as WithIndex)[KEY]?.(url, html);
}
