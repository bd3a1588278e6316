/**
 * The glossary page's filter box. Typing hides the entries whose term, reading and aliases do not
 * match, the rows left empty and their links in the 行 index, and a polite live region says how
 * many remain once typing pauses. Without JavaScript the box stays hidden and every entry shows.
 */

import { byId } from '../by-id.ts';
import { filterStatus, glossaryMatcher } from './match.ts';

/** Wait this long after the last key before announcing the count, so each key is not read out. */
const ANNOUNCE_AFTER_MS = 500;

export function startGlossaryFilter(): void {
  const box = byId<HTMLElement>('glossary-filter');
  const input = byId<HTMLInputElement>('glossary-filter-input');
  const clear = byId<HTMLButtonElement>('glossary-filter-clear');
  const status = byId<HTMLElement>('glossary-filter-status');
  const none = byId<HTMLElement>('glossary-filter-none');
  const noneLink = none.querySelector('a');
  const entries = [...document.querySelectorAll<HTMLElement>('.glossary__entry')].map((element) => ({
    element,
    forms: (element.dataset.forms ?? '').split('\n'),
  }));
  const rows = [...document.querySelectorAll<HTMLElement>('.glossary-row')].map((element) => ({
    element,
    indexItem: document
      .querySelector(`.kana-index a[href="#${element.getAttribute('aria-labelledby')}"]`)
      ?.closest('li'),
  }));

  let announce: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const matches = glossaryMatcher(input.value);
    let shown = 0;
    for (const entry of entries) {
      const keep = !matches || matches(entry.forms);
      entry.element.hidden = !keep;
      if (keep) shown += 1;
    }
    for (const row of rows) {
      const empty = !row.element.querySelector('.glossary__entry:not([hidden])');
      row.element.hidden = empty;
      if (row.indexItem) row.indexItem.hidden = empty;
    }
    none.hidden = !matches || shown > 0;
    noneLink?.setAttribute('href', `/search/?q=${encodeURIComponent(input.value.trim())}`);
    clearTimeout(announce);
    announce = setTimeout(() => {
      status.textContent = filterStatus(input.value, shown, entries.length);
    }, ANNOUNCE_AFTER_MS);
  };

  input.addEventListener('input', apply);
  clear.addEventListener('click', () => {
    input.value = '';
    apply();
    input.focus();
  });
  // A link to an entry the filter hides (a popover's 「用語集で見る」 followed in this tab) shows all.
  window.addEventListener('hashchange', () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.closest('[hidden]')) {
      input.value = '';
      apply();
      target.scrollIntoView();
    }
  });
  box.hidden = false;
  // The browser may have kept what was typed (Back, reload).
  if (input.value) apply();
}
