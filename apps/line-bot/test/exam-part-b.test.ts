import { examPartOf } from '@mamoru/quiz';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/content/catalog.ts';
import { checkMessages } from '../src/line/message-schema.ts';
import { CASE_IN_CARD_MAX } from '../src/messages/question.ts';
import { realContent, SITE_URL } from './helpers/catalog.ts';
import { actionsOf, type Harness, startHarness, userId } from './helpers/harness.ts';

/** The real content with one 科目B item as the whole exam set, so 試験対策 asks exactly it. */
function catalogWithOnly(pick: (cases: number[]) => number) {
  const content = realContent();
  const partB = content.questions.filter((q) => examPartOf(q) === 'B');
  const chosen = partB[pick(partB.map((q) => q.case?.length ?? 0))];
  if (!chosen) throw new Error('the content has no 科目B item');
  const questions = content.questions.filter((q) => q.examArea === undefined || q.id === chosen.id);
  return { catalog: buildCatalog({ ...content, questions }, SITE_URL), question: chosen };
}

describe('a 科目B item in LINE', () => {
  const harnesses: Harness[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
  });

  it('shows a short case in the question card and grades the answer', async () => {
    const { catalog, question } = catalogWithOnly((lengths) => lengths.indexOf(Math.min(...lengths)));
    expect(question.case?.length).toBeLessThanOrEqual(CASE_IN_CARD_MAX);
    const h = await startHarness({ catalog });
    harnesses.push(h);
    const u = userId();
    await h.act(u, { kind: 'follow' });
    const messages = await h.say(u, '試験対策');
    const card = messages.at(-1);
    expect(card).toMatchObject({ type: 'flex', altText: expect.stringContaining('科目B') });
    const texts = JSON.stringify(card);
    expect(texts).toContain(JSON.stringify(question.case));
    expect(texts).toContain(JSON.stringify(question.prompt));
    expect(texts).not.toContain('事例を読む');
    expect(checkMessages(messages)).toEqual([]);

    const right = question.answer[0] ?? 0;
    const answered = await h.tap(u, h.button(messages, new RegExp(`^. ${question.choices[right]?.label}$`)));
    expect(answered[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('正解です') });
    expect(h.fake.rejected).toEqual([]);
  });

  it('links a long case to its page on the site, and the buttons still answer', async () => {
    const { catalog, question } = catalogWithOnly((lengths) => lengths.indexOf(Math.max(...lengths)));
    expect(question.case?.length).toBeGreaterThan(CASE_IN_CARD_MAX);
    const h = await startHarness({ catalog });
    harnesses.push(h);
    const u = userId();
    await h.act(u, { kind: 'follow' });
    const messages = await h.say(u, '試験対策');
    const card = messages.at(-1);
    if (!card) throw new Error('no question card');
    expect(JSON.stringify(card)).not.toContain(JSON.stringify(question.case));
    const link = actionsOf(card).find((action) => action.type === 'uri');
    expect(link).toMatchObject({
      label: '事例を読む（サイト）',
      uri: `${SITE_URL}/quiz/exam-practice-b/${question.id}/`,
    });
    expect(checkMessages(messages)).toEqual([]);

    const wrong = question.choices.findIndex((_, index) => !question.answer.includes(index));
    const answered = await h.tap(u, h.button(messages, new RegExp(`^. ${question.choices[wrong]?.label}$`)));
    expect(answered[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('不正解です') });
    expect(h.fake.rejected).toEqual([]);
  });
});
