import { type LiveResults, resultsCsv } from './live-protocol.ts';

// /live/results/?code=1234: the table per question and the CSV download (no personal data).
const host = document.querySelector<HTMLElement>('[data-live-results-page]');
const code = new URLSearchParams(location.search).get('code') ?? '';
const saved = /^[0-9]{4,6}$/.test(code) ? localStorage.getItem(`mamoru-live:results:${code}`) : null;
if (host && saved) show(host, JSON.parse(saved) as LiveResults);

function cell(tag: 'td' | 'th', text: string | number): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = String(text);
  return node;
}

function show(host: HTMLElement, results: LiveResults): void {
  const summary = document.createElement('p');
  summary.textContent = `参加コード ${results.code}・参加 ${results.participants}人・問題 ${results.questions.length}問`;
  summary.dataset.liveResultsSummary = '';
  const table = document.createElement('table');
  table.dataset.liveResultsTable = '';
  const head = document.createElement('tr');
  head.append(cell('th', '問題'), cell('th', '回答'), cell('th', '正解率'), cell('th', '選ばれた数'));
  table.append(head);
  for (const q of results.questions) {
    const row = document.createElement('tr');
    row.dataset.questionId = q.questionId;
    const rate = q.correctRate === null ? '—' : `${Math.round(q.correctRate * 100)}%`;
    const counts = q.choices.map((label, i) => `${label}: ${q.counts[i] ?? 0}人`).join(' / ');
    row.append(cell('td', q.prompt), cell('td', `${q.answered}人`), cell('td', rate), cell('td', counts));
    table.append(row);
  }
  const download = document.createElement('a');
  download.textContent = 'CSV をダウンロード';
  download.download = `live-${results.deckId}-${results.code}.csv`;
  download.href = URL.createObjectURL(new Blob([`\uFEFF${resultsCsv(results)}`], { type: 'text/csv' }));
  download.dataset.liveCsv = '';
  host.replaceChildren(summary, table, download);
}
