import type { Catalog } from '../content/catalog.ts';
import { COMMAND_WORDS, commandAction, menuActions } from './commands.ts';
import { button, COLORS, flex, label, type Message, postbackAction, text, uriAction, vbox } from './ui.ts';

const TOPICS_PER_PAGE = 12; // 12 topics + "次へ" = 13 quick replies, LINE's maximum

/** クイズ: the two tracks, the exam set, and a way to pick a topic. */
export function quizMenu(): Message {
  return text('どれに挑戦しますか。', [
    postbackAction('経営者コース', { a: 'track', t: 'owner' }, '経営者コース'),
    postbackAction('従業員コース', { a: 'track', t: 'staff' }, '従業員コース'),
    postbackAction('テーマを選ぶ', { a: 'topics', p: 0 }, 'テーマを選ぶ'),
    commandAction('exam'),
    commandAction('review'),
  ]);
}

/** Topics with questions as quick replies, 12 per page. */
export function topicMenu(catalog: Catalog, page = 0, intro = 'テーマを選んでください。'): Message {
  const topics = catalog.quizTopics.slice(page * TOPICS_PER_PAGE, (page + 1) * TOPICS_PER_PAGE);
  const actions = topics.map((t) => postbackAction(t.title, { a: 'topic', t: t.id as never }, t.title));
  if ((page + 1) * TOPICS_PER_PAGE < catalog.quizTopics.length) {
    actions.push(postbackAction('次のテーマ', { a: 'topics', p: page + 1 }, '次のテーマ'));
  }
  if (actions.length === 0) return text('いま出せる問題がありません。少し待ってからもう一度どうぞ。');
  return text(intro, actions);
}

export function helpMessage(): Message {
  const lines = [
    'できること:',
    `・${COMMAND_WORDS.quiz}: テーマやコースを選んで問題に答えます`,
    `・${COMMAND_WORDS.resume}: 途中のクイズに戻ります`,
    `・${COMMAND_WORDS.review}: 間違えた問題を時間をおいて解き直します`,
    `・${COMMAND_WORDS.exam}: 情報セキュリティマネジメント試験の練習です`,
    `・${COMMAND_WORDS.score}: テーマごとの成績と読むレッスン`,
    `・${COMMAND_WORDS.lessons}: 学習サイトへのリンク`,
    `・${COMMAND_WORDS.daily}: 1日1問のお知らせ（希望した人だけ）`,
    `・${COMMAND_WORDS.delete}: 記録をすべて消します`,
  ];
  return text(
    lines.join('\n'),
    menuActions('quiz', 'resume', 'review', 'exam', 'score', 'lessons', 'daily', 'delete'),
  );
}

/** For text the bot does not understand. */
export function fallbackMessage(): Message {
  return text(
    'ごめんなさい、そのことばはわかりません。下のボタンから選んでください。',
    menuActions('quiz', 'resume', 'review', 'score', 'help'),
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
        label('レッスンは1本3〜5分で読めます。クイズで間違えたところから読むのがおすすめです。', {
          size: 'sm',
        }),
      ]),
      footer: vbox(links, { spacing: 'sm' }),
    },
    menuActions('quiz', 'score'),
  );
}
