import { loadContent } from '@mamoru/content';
import { examItemPath, quizPath } from '@mamoru/content/paths';
import { examPartOf } from '@mamoru/quiz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

/** The case as the reader sees it: its lines, without the spacing between them. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The text of case paragraphs with each <br> and paragraph as a line break, as the reader sees it. */
const renderedLines = (nodes: Element[]) =>
  nodes
    .map((node) =>
      [...node.childNodes].map((child) => (child.nodeName === 'BR' ? '\n' : child.textContent)).join(''),
    )
    .join('\n');

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('exam practice, part B (科目B)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('shows the case above the question on a phone, and grades the answer', async () => {
    const { questions } = await loadContent();
    const { page, errors } = await site.newPage(phone);
    await page.goto(`${site.url}${quizPath('exam-practice-b')}`);
    await page.getByRole('button', { name: 'クイズを始める' }).click();

    const form = page.locator('form.quiz__question');
    await form.waitFor();
    const id = (await form.getAttribute('data-question-id')) ?? '';
    const question = questions.find((q) => q.id === id);
    if (!question?.case) throw new Error(`${id} is not a 科目B item`);

    const caseText = form.locator('.quiz__case-text').first();
    const shown = await form.locator('.quiz__case-text').evaluateAll(renderedLines);
    expect(linesOf(shown)).toEqual(linesOf(question.case));
    const caseBox = await form.locator('.quiz__case').boundingBox();
    const promptBox = await form.locator('.quiz__prompt').boundingBox();
    if (!caseBox || !promptBox) throw new Error('case or prompt not rendered');
    expect(caseBox.y + caseBox.height).toBeLessThanOrEqual(promptBox.y);
    // Readable on a phone: nothing scrolls sideways, and the case text is not shrunk.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const fontSize = await caseText.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);

    for (const index of question.answer) await form.locator(`input[value="${index}"]`).check();
    await form.getByRole('button', { name: '答える' }).click();
    await expect.poll(() => page.locator('.quiz__feedback h2').textContent()).toBe('正解です');
    expect(await page.locator('.quiz__feedback .quiz__explanation').textContent()).toBe(question.explanation);
    expect(errors).toEqual([]);
  });

  it('gives every 科目B item a page of its own, with the answer behind a tap', async () => {
    const { questions } = await loadContent();
    const partB = questions.filter((q) => examPartOf(q) === 'B');
    expect(partB.length).toBeGreaterThanOrEqual(12);
    const longest = partB.reduce((a, b) => ((a.case?.length ?? 0) >= (b.case?.length ?? 0) ? a : b));

    const { page, errors } = await site.newPage(phone);
    await page.goto(`${site.url}${quizPath('exam-practice-b')}`);
    expect(await page.locator('.exam-item-list a').count()).toBe(partB.length);
    await page.goto(`${site.url}${examItemPath(longest.id)}`);
    const item = page.locator(`article[data-question-id="${longest.id}"]`);
    const shown = await item.locator('.quiz__case-text').evaluateAll(renderedLines);
    // Every line of the case keeps its own line (a list of rules stays a list).
    expect(linesOf(shown)).toEqual(linesOf(longest.case ?? ''));
    expect(linesOf(longest.case ?? '').length).toBeGreaterThan(3);
    expect(await item.locator('.quiz__prompt').textContent()).toBe(longest.prompt);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const explanation = item.locator('details p', { hasText: longest.explanation });
    expect(await explanation.isVisible()).toBe(false);
    await item.getByText('答えと解説を見る').click();
    expect(await explanation.isVisible()).toBe(true);
    // Behind the same tap: why each choice is right or wrong, the right ones first.
    const reasons = item.locator('details .choice-reasons > li');
    const order = [
      ...longest.answer,
      ...longest.choices.map((_, index) => index).filter((index) => !longest.answer.includes(index)),
    ];
    expect(await reasons.evaluateAll((items) => items.map((li) => li.getAttribute('data-choice')))).toEqual(
      order.map(String),
    );
    for (const [position, index] of order.entries()) {
      expect(await reasons.nth(position).textContent()).toContain(longest.choices[index]?.why ?? '(no why)');
    }
    expect(errors).toEqual([]);
  });
});
