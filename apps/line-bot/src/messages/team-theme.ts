import type { messagingApi } from '@line/bot-sdk';
import type { Catalog } from '../content/catalog.ts';
import { TEAM_WORDS } from '../teams/words.ts';
import { commandAction } from './commands.ts';
import { button, COLORS, flex, label, type Message, text, uriAction, vbox } from './ui.ts';

const monthName = (month: string) => `${Number(month.slice(5, 7))}月`;

/** The owner chooses this month's theme: one button per topic, each sending 「今月のテーマ {title}」. */
export function themeChooser(catalog: Catalog, month: string, current?: string, lead?: string): Message {
  const buttons = catalog.quizTopics.map((t) =>
    button(
      { type: 'message', label: t.title, text: `${TEAM_WORDS.theme} ${t.title}` },
      t.id === current ? 'primary' : 'secondary',
      { margin: 'sm' },
    ),
  );
  const now = current ? `いまのテーマ: ${catalog.topicTitle(current)}` : 'まだ決まっていません。';
  return flex(`${monthName(month)}のテーマを選んでください。${now}`, {
    type: 'bubble',
    body: vbox([
      label(lead ?? `${monthName(month)}のテーマを選んでください`, { weight: 'bold', color: COLORS.brand }),
      label(now, { size: 'sm', margin: 'sm' }),
      label('メンバーが「クイズ」や「続き」を送ると、このテーマの問題から出ます。', {
        size: 'sm',
        color: COLORS.text,
        margin: 'sm',
      }),
      ...buttons,
    ]),
  });
}

export const themeSet = (catalog: Catalog, month: string, topic: string, questions: number): Message =>
  text(
    `${monthName(month)}のテーマを「${catalog.topicTitle(topic)}」にしました（全${questions}問）。メンバーが「クイズ」や「続き」を送ると、この問題から出ます。全部に1回ずつ答えると「終えた」になり、「${TEAM_WORDS.view}」に出ます。`,
    [{ type: 'message', label: TEAM_WORDS.view, text: TEAM_WORDS.view }],
  );

/** The lessons of the theme's topic as link buttons (read before or after the questions). */
function lessonFooter(catalog: Catalog, topic: string): { footer?: messagingApi.FlexBox } {
  const buttons = (catalog.lessonSets.get(topic) ?? [])
    .slice(0, 6)
    .map((l) => button(uriAction(`読む: ${l.title}`, catalog.lessonUrl(l.id)), 'link'));
  return buttons.length > 0 ? { footer: vbox(buttons) } : {};
}

/** Before the theme's questions: which theme, how far, and its lessons. */
export function themeIntro(
  catalog: Catalog,
  month: string,
  topic: string,
  done: number,
  total: number,
): Message {
  const title = catalog.topicTitle(topic);
  const progress = done === 0 ? `全${total}問あります。` : `${total}問のうち ${done}問に答えました。`;
  return flex(`${monthName(month)}のテーマ「${title}」の問題です。${progress}`, {
    type: 'bubble',
    body: vbox(
      [
        label(`${monthName(month)}のテーマ: ${title}`, { weight: 'bold', color: COLORS.brand }),
        label(`チームで決めたテーマの問題から出します。${progress}`, { size: 'sm' }),
      ],
      { spacing: 'sm' },
    ),
    ...lessonFooter(catalog, topic),
  });
}

/** A member's 「今月のテーマ」: the theme and how far they are, or that none is set. */
export function memberTheme(
  catalog: Catalog,
  month: string,
  topic: string | undefined,
  done: number,
  total: number,
): Message {
  if (!topic) return text(`${monthName(month)}のテーマは、まだ決まっていません。`, [commandAction('quiz')]);
  const title = catalog.topicTitle(topic);
  const progress =
    done >= total ? 'もう全部に答えました。おつかれさまでした。' : `${total}問のうち ${done}問に答えました。`;
  return flex(
    `${monthName(month)}のテーマは「${title}」です。${progress}`,
    {
      type: 'bubble',
      body: vbox(
        [
          label(`${monthName(month)}のテーマ: ${title}`, { weight: 'bold', color: COLORS.brand }),
          label(`${progress}「クイズ」を送ると、このテーマの問題から出ます。`, { size: 'sm' }),
        ],
        { spacing: 'sm' },
      ),
      ...lessonFooter(catalog, topic),
    },
    [commandAction('quiz')],
  );
}
