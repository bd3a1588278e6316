import type { messagingApi } from '@line/bot-sdk';
import { readingTime } from '@mamoru/content/reading-time';
import type { Catalog } from '../content/catalog.ts';
import type { Command } from '../conversation/postback.ts';
import { shortTitle } from '../conversation/sets.ts';
import { COMMAND_WORDS, commandAction, menuActions } from './commands.ts';
import {
  button,
  COLORS,
  fitUnits,
  flex,
  label,
  type Message,
  postbackAction,
  quickReply,
  text,
  uriAction,
  vbox,
} from './ui.ts';

const TOPICS_PER_PAGE = 12; // 12 topics + "次へ" = 13 quick replies, LINE's maximum

/** クイズ: the two tracks, the exam set, and a way to pick a topic. */
export function quizMenu(): Message {
  return text(
    'どれに挑戦しますか。\n「経営者コース」「従業員コース」「テーマを選ぶ」「試験対策」「復習」のどれかを送ってください。' +
      '\nテーマの名前（例：「パスワード」「だましのメール」）を送っても始められます。',
    [
      postbackAction('経営者コース', { a: 'track', t: 'owner' }, '経営者コース'),
      postbackAction('従業員コース', { a: 'track', t: 'staff' }, '従業員コース'),
      postbackAction('テーマを選ぶ', { a: 'topics', p: 0 }, 'テーマを選ぶ'),
      commandAction('exam'),
      commandAction('review'),
    ],
  );
}

const TOPICS_PER_BUBBLE = 5; // a bubble of five buttons with their lines fits a phone screen

/**
 * Topics with questions: a carousel to swipe, each topic a button with its one-line description
 * (LINE on a PC shows this too), and the same topics as quick replies, 12 per page with
 * 前のテーマ / 次のテーマ, for one-thumb taps on a phone.
 */
export function topicMenu(catalog: Catalog, page = 0, intro = 'テーマを選んでください。'): Message {
  const start = page * TOPICS_PER_PAGE;
  const topics = catalog.quizTopics.slice(start, start + TOPICS_PER_PAGE);
  const pick = (t: { id: string; title: string }) =>
    postbackAction(t.title, { a: 'topic', t: t.id as never }, t.title);
  const actions = topics.map(pick);
  if (actions.length === 0) return text('いま出せる問題がありません。少し待ってからもう一度どうぞ。');
  if (page > 0) actions.unshift(postbackAction('前のテーマ', { a: 'topics', p: page - 1 }, '前のテーマ'));
  if (start + TOPICS_PER_PAGE < catalog.quizTopics.length) {
    actions.push(postbackAction('次のテーマ', { a: 'topics', p: page + 1 }, '次のテーマ'));
  }
  const all = catalog.quizTopics;
  const names = all.map((t) => `「${t.title}」`).join('');
  const bubbles: messagingApi.FlexBubble[] = [];
  for (let i = 0; i < all.length; i += TOPICS_PER_BUBBLE) {
    const group = all.slice(i, i + TOPICS_PER_BUBBLE);
    bubbles.push({
      type: 'bubble',
      body: vbox(
        [
          ...(i === 0
            ? [
                label(intro, { weight: 'bold' }),
                label(`テーマの名前を送っても選べます（例：「${all[0]?.title ?? ''}」）。`, { size: 'sm' }),
              ]
            : []),
          label(`テーマ ${i + 1}〜${i + group.length}（全${all.length}）　横にめくれます`, {
            size: 'sm',
            color: COLORS.text,
          }),
          ...group.flatMap((t) => [
            button(pick(t), 'secondary', { margin: 'lg' }),
            label(t.description, { size: 'sm', color: COLORS.text }),
          ]),
        ],
        { spacing: 'sm' },
      ),
    });
  }
  return {
    type: 'flex',
    altText: fitUnits(`${intro}テーマの名前を送っても選べます: ${names}`, 1500),
    contents: { type: 'carousel', contents: bubbles },
    quickReply: quickReply(actions),
  };
}

/** After choosing a topic: the whole topic's set, or one lesson's set (「だましのメール」 ...). */
export function lessonSetMenu(
  catalog: Catalog,
  topic: string,
  lessons: readonly { id: string; title: string }[],
): Message {
  const title = catalog.topicTitle(topic);
  const actions = [
    postbackAction('テーマ全体から', { a: 'all', t: topic as never }, `${title}（全体）`),
    ...lessons.map((l) => postbackAction(shortTitle(l.title), { a: 'les', l: l.id }, shortTitle(l.title))),
  ];
  const names = lessons.map((l) => `「${shortTitle(l.title)}」`).join('');
  return text(
    `「${title}」のどの問題にしますか。\nレッスンの名前を送っても始められます: ${names}\n全体からなら「${title}のクイズ」と送ってください。`,
    actions,
  );
}

/** ヘルプ; 「続き」 is offered as a button only when there is something to continue. */
export function helpMessage(resumable: boolean, privacyUrl: string): Message {
  const lines = [
    'できること（ことばを送るか、下のボタンを押してください）:',
    `・${COMMAND_WORDS.quiz}: テーマやコースを選んで問題に答えます`,
    `・${COMMAND_WORDS.resume}: 途中のクイズに戻ります`,
    `・${COMMAND_WORDS.review}: 間違えた問題を時間をおいて解き直します`,
    `・${COMMAND_WORDS.exam}: 情報セキュリティマネジメント試験の練習です`,
    `・${COMMAND_WORDS.score}: テーマごとの成績と読むレッスン`,
    `・${COMMAND_WORDS.lessons}: 学習サイトへのリンク`,
    `・${COMMAND_WORDS.daily}: 1日1問のお知らせ（希望した人だけ）`,
    `・${COMMAND_WORDS.delete}: 記録をすべて消します`,
    '・「パスワード」「メール」など知りたいことば: そのレッスンとクイズを出します',
    '・困ったとき（ウイルスかも、あやしいメールを開いた など）: そう送ると、まずすることと「困ったときは」のページをお知らせします',
    `・個人情報の取り扱い（保存すること、消し方）: ${privacyUrl}`,
  ];
  return text(
    lines.join('\n'),
    menuActions(
      ...(resumable ? (['resume'] as const) : []),
      'quiz',
      'review',
      'exam',
      'score',
      'lessons',
      'daily',
      'delete',
    ),
  );
}

/** For text the bot could not match to anything. */
export function fallbackMessage(actions: readonly Command[]): Message {
  return text(
    'うまく受け取れませんでした。\n' +
      '「クイズ」「復習」「成績」「ヘルプ」などのことば、または「パスワード」のように知りたいことばを送ってください。' +
      '\n困ったとき（ウイルスかも、など）は、そのまま書いて送ってください。',
    menuActions(...actions),
  );
}

/** 教材: links to the site. */
export function lessonsMessage(catalog: Catalog, owner?: string, staff?: string): Message {
  const links = [
    button(uriAction('学習サイトを開く', `${catalog.siteUrl}/`), 'primary', { color: COLORS.brand }),
  ];
  if (owner) links.push(button(uriAction('経営者の最初の一歩', catalog.lessonUrl(owner)), 'link'));
  if (staff) links.push(button(uriAction('従業員の最初の一歩', catalog.lessonUrl(staff)), 'link'));
  return flex(
    `教材はこちら: ${catalog.siteUrl}/`,
    {
      type: 'bubble',
      body: vbox([
        label('教材', { weight: 'bold', color: COLORS.brand }),
        label(
          `${catalog.lessonMinutes ? `レッスンは1本${readingTime(catalog.lessonMinutes)}で読めます。` : ''}` +
            'クイズで間違えたところから読むのがおすすめです。',
        ),
      ]),
      footer: vbox(links, { spacing: 'sm' }),
    },
    menuActions('quiz', 'score'),
  );
}
