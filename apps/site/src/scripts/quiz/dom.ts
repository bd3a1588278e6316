/** A tiny element builder for the quiz views (text only: never HTML from data). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** Replaces the content of `root` and moves focus to the new heading, for screen readers and keyboards. */
export function show(root: HTMLElement, ...children: Node[]): void {
  root.replaceChildren(...children);
  const heading = root.querySelector<HTMLElement>('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** A, B, C …: the choice marks of the web quiz and of the answers behind 「答えと解説を見る」. */
export const choiceMark = (index: number) => String.fromCharCode(0x41 + index);
