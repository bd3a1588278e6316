import type { SiteCard } from './og/site-cards.ts';

// The build's integrations run in astro.config's module graph and the pages in the site's bundle:
// the same process, different module instances. They meet through one well-known global per
// channel, so an integration's thread gets work while the build renders pages.
function handOff<T>(name: string) {
  const key = Symbol.for(`mamoru.${name}`);
  const slot = globalThis as unknown as Record<symbol, ((value: T) => void) | undefined>;
  return {
    /** Set by the integration for the length of a build. */
    receive(take: ((value: T) => void) | undefined): void {
      slot[key] = take;
    },
    /** Hands a value to the build; false when no build is collecting (dev). */
    send(value: T): boolean {
      const take = slot[key];
      take?.(value);
      return take !== undefined;
    },
  };
}

/** Rendered pages, to the Pagefind index (src/integrations/pagefind.ts). */
export const searchPages = handOff<{ url: string; html: string }>('searchIndex');

/** Every link card, to the thread that draws and writes them (src/integrations/link-cards.ts). */
export const linkCards = handOff<readonly SiteCard[]>('linkCards');
