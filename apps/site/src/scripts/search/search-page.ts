/**
 * The search page: reads the form (and ?q=&topic=&audience= from the address), and loads
 * Pagefind only when there is something to search for.
 */

import { byId } from '../by-id.ts';
import { loadPagefind, type PagefindResult } from './pagefind-client.ts';
import { planSearch, type SearchPlan, wordsFound } from './query.ts';

interface Query {
  text: string;
  topic: string;
  audience: string;
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
    const plan = planSearch(query.text);
    let results: Shown[];
    try {
      results = await search(query, plan);
    } catch (error) {
      if (ticket === latest) status.textContent = '検索できませんでした。ページを読みこみ直してください。';
      throw error;
    }
    if (ticket !== latest) return; // a newer search has started
    render(list, results);
    const also = plan.searches.filter((text) => text !== plan.typed);
    const alsoNote = also.length > 0 ? `（${also.map((text) => `「${text}」`).join('')}でも探しました）` : '';
    status.textContent =
      results.length > 0
        ? `${results.length}件見つかりました。${alsoNote}`
        : `見つかりませんでした。ちがうことばでも試してください。${alsoNote}`;
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

/** A result as listed; `pinned` marks 困ったときは put first for an emergency word. */
type Shown = Pick<PagefindResult, 'url' | 'excerpt' | 'meta'> & { pinned?: boolean };

const HELP: Shown = {
  url: '/help/',
  meta: { title: '困ったときは' },
  excerpt: 'ウイルスや情報もれに気づいたら、最初にすることと、相談先。',
  pinned: true,
};
/** Results whose text is read to check them: about one Pagefind fragment (3-4 KB) each. */
const PRIMARY_RESULTS = 15;
const ALIAS_RESULTS = 5;
const MAX_RESULTS = 20;

async function search(query: Query, plan: SearchPlan): Promise<Shown[]> {
  const pagefind = await loadPagefind();
  const filters: Record<string, string> = {};
  if (query.topic) filters.topic = query.topic;
  if (query.audience) filters.audience = query.audience;
  if (!plan.typed) {
    const response = await pagefind.search(null, { filters });
    return Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  }
  // The typed words (and their katakana form) first, then the aliases; each page once.
  const responses = await Promise.all(plan.searches.map((text) => pagefind.search(text, { filters })));
  const picked = new Map<string, { data(): Promise<PagefindResult> }>();
  responses.forEach((response, index) => {
    const share = index === 0 || plan.searches[index] === plan.typed ? PRIMARY_RESULTS : ALIAS_RESULTS;
    for (const result of response.results.slice(0, share)) {
      if (picked.size < MAX_RESULTS && !picked.has(result.id)) picked.set(result.id, result);
    }
  });
  const pages = await Promise.all([...picked.values()].map((result) => result.data()));
  // Keep pages that contain a whole typed word or alias (not a single fallback character),
  // those with more of the words first; otherwise Pagefind's order.
  const found = pages
    .map((page) => ({ page, count: wordsFound(page.content, plan.words) }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((entry) => entry.page as Shown);
  if (!plan.emergency) return found;
  return [HELP, ...found.filter((page) => page.url !== HELP.url)];
}

function render(list: HTMLOListElement, results: Shown[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.className = 'search-results__title';
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind escapes page text and adds only <mark> around the matches.
      if (result.pinned) {
        item.className = 'search-results__pinned';
        excerpt.textContent = result.excerpt;
      } else excerpt.innerHTML = result.excerpt;
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
