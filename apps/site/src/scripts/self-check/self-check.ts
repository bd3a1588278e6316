/**
 * Scores the self-check (かんたん点検) from the boxes as they are, and lists a lesson for every
 * unchecked item. The ticks are kept in this browser (localStorage) and nothing is sent. The score
 * is recomputed whenever the page is shown, also when it comes back from history (pageshow), so
 * it always matches the ticks.
 */
import { selfCheckScore } from '../../lib/self-check-items.ts';
import { readTicks, writeTicks } from './saved-ticks.ts';

export function startSelfCheck(): void {
  const form = document.getElementById('self-check');
  const score = document.getElementById('self-check-score');
  const sticky = document.getElementById('self-check-sticky');
  const todo = document.getElementById('self-check-todo');
  if (!(form instanceof HTMLFormElement) || !score || !sticky || !todo) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="done"]')];

  const update = () => {
    const checked = boxes.filter((box) => box.checked).length;
    const points = selfCheckScore(checked, boxes.length);
    score.textContent = `${boxes.length}項目中${checked}項目できています。${points}点（100点満点）`;
    sticky.textContent = `いまの点数：${points}点（${boxes.length}項目中${checked}項目）`;
    sticky.hidden = false;
    const lessons = new Map<string, string>();
    for (const box of boxes) {
      if (!box.checked) lessons.set(box.dataset.lesson ?? '', box.dataset.lessonTitle ?? '');
    }
    if (lessons.size === 0) {
      todo.replaceChildren(paragraph('すべてできています。年に一度は見直しましょう。'));
      return;
    }
    const list = document.createElement('ul');
    for (const [path, title] of lessons) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = title;
      item.append(link);
      list.append(item);
    }
    todo.replaceChildren(paragraph('チェックのない項目は、次のレッスンで学べます。'), list);
  };

  const restore = () => {
    const ticks = readTicks();
    for (const box of boxes) box.checked = ticks.has(box.value);
    update();
  };

  form.addEventListener('change', () => {
    writeTicks(boxes.filter((box) => box.checked).map((box) => box.value));
    update();
  });
  document.getElementById('self-check-clear')?.addEventListener('click', () => {
    writeTicks([]);
    restore();
  });
  document.getElementById('self-check-print')?.addEventListener('click', () => window.print());
  // Runs on the first load and again when Back brings the page out of the cache.
  window.addEventListener('pageshow', restore);
  restore();
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
