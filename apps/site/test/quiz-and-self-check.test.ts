import { loadContent } from '@mamoru/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from './support/built-site.ts';

describe('the web quiz', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('scores a run correctly and shows every explanation', async () => {
    const { questions } = await loadContent();
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/quiz/management/`);
    await page.getByRole('button', { name: 'クイズを始める' }).click();

    // Answer right on odd turns and wrong on even ones, so the expected score is known.
    let expectedCorrect = 0;
    let asked = 0;
    const seen: string[] = [];
    for (;;) {
      const form = page.locator('form.quiz__question');
      await form.waitFor();
      const id = (await form.getAttribute('data-question-id')) ?? '';
      const question = questions.find((q) => q.id === id);
      if (!question) throw new Error(`unknown question ${id}`);
      seen.push(id);
      const answerRight = asked % 2 === 0;
      // A wrong answer: a choice that is not right, or, where every choice is right (mgmt-004),
      // all but one of them. The quiz order is shuffled, so such a question can come on any turn.
      const wrongChoice = question.choices.findIndex((_, index) => !question.answer.includes(index));
      const picks = answerRight
        ? question.answer
        : wrongChoice >= 0
          ? [wrongChoice]
          : question.answer.slice(1);
      for (const index of picks) await form.locator(`input[value="${index}"]`).check();
      await form.getByRole('button', { name: '答える' }).click();
      if (answerRight) expectedCorrect += 1;
      asked += 1;

      const feedback = page.locator('.quiz__feedback');
      await expect
        .poll(() => feedback.locator('h2').textContent())
        .toBe(answerRight ? '正解です' : 'ざんねん、ちがいます');
      expect(await feedback.locator('.quiz__explanation').textContent()).toBe(question.explanation);
      // The reason for each pick comes first, then each right choice missed (truefalse: none).
      const missed = question.answer.filter((index) => !picks.includes(index));
      const reasons = question.type === 'truefalse' ? [] : [...picks, ...missed];
      const shown = feedback.locator('.choice-reasons > li');
      expect(
        await shown.evaluateAll((items) => items.map((item) => item.getAttribute('data-choice'))),
      ).toEqual(reasons.map(String));
      for (const [position, index] of reasons.entries()) {
        const item = shown.nth(position);
        expect(await item.textContent()).toContain(question.choices[index]?.why ?? '(no why)');
        expect(await item.textContent()).toContain(
          picks.includes(index) ? 'あなたの答え' : '選ばなかった正解',
        );
      }
      const next = feedback.locator('[data-action="next"]');
      const label = await next.textContent();
      await next.click();
      if (label === '結果を見る') break;
    }

    expect(asked).toBe(5);
    await expect
      .poll(() => page.locator('.quiz__score').textContent())
      .toBe(`${asked}問中${expectedCorrect}問正解`);
    const explanations = await page.locator('.quiz__review .quiz__explanation').allTextContents();
    expect(explanations).toEqual(seen.map((id) => questions.find((q) => q.id === id)?.explanation));

    // Retry of the wrong answers asks exactly those again; the result is kept in this browser.
    await page.getByRole('button', { name: /まちがえた\d+問をもう一度/ }).click();
    const retried = await page.locator('form.quiz__question').getAttribute('data-question-id');
    expect(seen.filter((_, index) => index % 2 === 1)).toContain(retried);
    await page.reload();
    await expect
      .poll(() => page.locator('#quiz-progress').textContent())
      .toContain(`前回：${asked}問中${expectedCorrect}問正解`);
    expect(errors).toEqual([]);
  });
});

describe('the self-check', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('scores the checked items and links a lesson for every unchecked one', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/self-check/`);
    const boxes = page.locator('input[name="done"]');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(10);

    await expect
      .poll(() => page.locator('#self-check-score').textContent())
      .toContain(`${total}項目中0項目できています。0点`);
    for (let index = 0; index < total; index += 2) await boxes.nth(index).check();
    const checked = Math.ceil(total / 2);
    await expect
      .poll(() => page.locator('#self-check-score').textContent())
      .toContain(`${total}項目中${checked}項目できています。${Math.round((checked / total) * 100)}点`);

    const uncheckedLessons = new Set<string>();
    for (let index = 1; index < total; index += 2) {
      uncheckedLessons.add((await boxes.nth(index).getAttribute('data-lesson')) ?? '');
    }
    const linked = await page
      .locator('#self-check-todo a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(linked)).toEqual(uncheckedLessons);
    for (const href of linked) {
      const response = await page.request.get(`${site.url}${href}`);
      expect(response.status(), href ?? '').toBe(200);
    }

    for (let index = 1; index < total; index += 2) await boxes.nth(index).check();
    await expect.poll(() => page.locator('#self-check-score').textContent()).toContain('100点');
    expect(await page.locator('#self-check-todo a').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
