/**
 * The search page: reads the form (and ?q=&topic=&audience= from the address), and loads
 * Pagefind only when there is something to search for.
 */
import { loadPagefind, type PagefindResult } from './pagefind-client.ts';

interface Query {
  text: string;
  topic: string;
  audience: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-page-form');
  const input = byId<HTMLInputElement>('search-q');
  const topic = byId<HTMLSelectElement>('search-topic');
  const audience = byId<HTMLSelectElement>('search-audience');
  const status = byId<HTMLElement>('search-status');
  const list = byId<HTMLOListElement>('search-results');

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  topic.value = params.get('topic') ?? '';
  audience.value = params.get('audience') ?? '';

  let latest = 0;
  const run = async () => {
    const query: Query = { text: input.value.trim(), topic: topic.value, audience: audience.value };
    const ticket = ++latest;
    if (!query.text && !query.topic && !query.audience) {
      status.textContent = 'ことばを入れて「検索」を押してください。';
      list.replaceChildren();
      return;
    }
    status.textContent = 'さがしています…';
    let results: PagefindResult[];
    try {
      results = await search(query);
    } catch (error) {
      if (ticket === latest) status.textContent = '検索できませんでした。ページを読みこみ直してください。';
      throw error;
    }
    if (ticket !== latest) return; // a newer search has started
    render(list, results);
    status.textContent =
      results.length > 0
        ? `${results.length}件見つかりました。`
        : '見つかりませんでした。ちがうことばでも試してください。';
    syncAddress(query);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run();
  });
  topic.addEventListener('change', () => void run());
  audience.addEventListener('change', () => void run());
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), 300);
  });
  if (input.value || topic.value || audience.value) void run();
}

async function search(query: Query): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const filters: Record<string, string> = {};
  if (query.topic) filters.topic = query.topic;
  if (query.audience) filters.audience = query.audience;
  const response = await pagefind.search(query.text || null, { filters });
  return Promise.all(response.results.slice(0, 20).map((result) => result.data()));
}

function render(list: HTMLOListElement, results: PagefindResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.className = 'search-results__title';
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind escapes page text and adds only <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
}

function syncAddress(query: Query): void {
  const url = new URL(location.href);
  for (const [key, value] of [
    ['q', query.text],
    ['topic', query.topic],
    ['audience', query.audience],
  ] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  history.replaceState(null, '', url);
}
