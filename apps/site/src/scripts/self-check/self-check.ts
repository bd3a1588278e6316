/**
 * Scores the self-check as boxes change and lists a lesson for every unchecked item.
 * Runs only in this page: nothing is stored or sent.
 */
import { selfCheckScore } from '../../lib/self-check-items.ts';

export function startSelfCheck(): void {
  const form = document.getElementById('self-check');
  const score = document.getElementById('self-check-score');
  const todo = document.getElementById('self-check-todo');
  if (!(form instanceof HTMLFormElement) || !score || !todo) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="done"]')];

  const update = () => {
    const checked = boxes.filter((box) => box.checked).length;
    score.textContent = `${boxes.length}項目中${checked}項目できています。${selfCheckScore(checked, boxes.length)}点（100点満点）`;
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

  form.addEventListener('change', update);
  update();
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
