/** The slice of Pagefind's browser API the site uses (pagefind.js is generated at build time). */
export interface PagefindResult {
  url: string;
  excerpt: string;
  /** The page's whole indexed text (used to check that a typed word is really there). */
  content: string;
  meta: { title?: string };
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

let loading: Promise<PagefindModule> | undefined;

/** Imports /pagefind/pagefind.js once, on the first search. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  })();
  return loading;
}
