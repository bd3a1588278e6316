import type { messagingApi } from '@line/bot-sdk';
import type { Catalog } from '../content/catalog.ts';
import type { OwnerView } from '../teams/view.ts';
import { MIN_OTHERS_PER_TOPIC } from '../teams/view.ts';
import { TEAM_WORDS } from '../teams/words.ts';
import { button, COLORS, fit, flex, label, type Message, text, uriAction, vbox } from './ui.ts';

/** A button that sends a team word as the user's own text (the team steps are text commands). */
const sayAction = (word: string): messagingApi.Action => ({
  type: 'message',
  label: fit(word, 20),
  text: word,
});

const joinText = (code: string) => `${TEAM_WORDS.join} ${code}`;

/** https://line.me/R/oaMessage/{basicId}/?{text}: opens the chat with the text typed in, ready to send. */
export function joinLink(basicId: string, code: string): string {
  return `https://line.me/R/oaMessage/${encodeURIComponent(basicId)}/?${encodeURIComponent(joinText(code))}`;
}

/** The invitation the owner forwards to the company's LINE group. */
export function inviteMessage(teamName: string, code: string, basicId: string | undefined): Message {
  const intro = `「${teamName}」では、情報セキュリティ（会社の情報を守ること）の学習に「まもる」を使います。LINEでクイズに答えるだけです。`;
  const how = basicId
    ? `下のリンクを押すと、参加のメッセージが入った状態でLINEが開きます。そのまま送信してください。\n${joinLink(basicId, code)}\n\nリンクが開かないときは、まもる（${basicId}）を友だち追加して、次の言葉を送ってください。\n${joinText(code)}`
    : `まもるを友だち追加して、次の言葉をそのまま送ってください。\n${joinText(code)}`;
  return text(`${intro}\n${how}`);
}

/** For the owner, after the team was made or its code renewed; `printUrl` is the QR page (src/teams-invite/). */
export function ownerGuide(code: string, renewed: boolean, printUrl?: string): Message {
  const first = renewed
    ? '招待コードを変えました。前のコードと、前に送った招待はもう使えません。'
    : 'チームを作りました。';
  const print = printUrl
    ? `\n\n朝礼などで見せる・貼るときは、QRコード付きの招待を印刷できます。\n${printUrl}`
    : '';
  return text(
    `${first}\n上のメッセージを、会社のLINEグループに転送してください。\n招待コード: ${code}${print}\n\n・「${TEAM_WORDS.view}」: 誰が学んでいるかを見る\n・「${TEAM_WORDS.renew}」: 前の招待を止める`,
    [sayAction(TEAM_WORDS.view), sayAction(TEAM_WORDS.renew)],
  );
}

/** Before joining: exactly what the owner will see, and what never. */
export function consentCard(teamName: string, siteUrl: string): Message {
  const item = (body: string) => label(`・${body}`, { size: 'sm' });
  return flex(`「${teamName}」に参加する前に: チームを管理する人に見えることと、見えないこと`, {
    type: 'bubble',
    body: vbox(
      [
        label(`「${teamName}」に参加する前に`, { weight: 'bold', color: COLORS.brand }),
        label('チームを管理する人に見えること', { weight: 'bold', size: 'sm', margin: 'md' }),
        item('あなたが決める表示名'),
        item('参加してから答えた問題の数と、学んだ日'),
        item('終えた「今月のテーマ」'),
        item(`チーム全体の分野ごとの正解率（${MIN_OTHERS_PER_TOPIC}人以上が答えた分野だけ）`),
        label('これらは、印刷できる「受講記録」にも載り、取引先や審査の人に見せることがあります。', {
          size: 'xs',
          color: COLORS.text,
        }),
        label('チームを管理する人に見えないこと', { weight: 'bold', size: 'sm', margin: 'md' }),
        item('どの答えを選んだか'),
        item('あなたひとりの正解率'),
        item('参加する前の記録'),
        label(
          `いつでも「${TEAM_WORDS.leave}」で抜けられます。「データ削除」をすると、チームの記録からも消えます。`,
          { size: 'sm', margin: 'md' },
        ),
      ],
      { spacing: 'xs' },
    ),
    footer: vbox([button(uriAction('個人情報の扱い', `${siteUrl}/privacy/`), 'link')]),
  });
}

export const askDisplayName = (): Message =>
  text(
    `チームを管理する人に見せる名前（表示名）を、1〜20文字で送ってください。例: 佐藤\n参加をやめるときは「${TEAM_WORDS.decline}」を押してください。`,
    [sayAction(TEAM_WORDS.decline)],
  );

export const confirmJoin = (teamName: string, displayName: string): Message =>
  text(
    `「${teamName}」に「${displayName}」として参加します。上の内容でよければ「${TEAM_WORDS.consent}」を押してください。`,
    [sayAction(TEAM_WORDS.consent), sayAction(TEAM_WORDS.decline)],
  );

/** 「チームの様子」: members, who studied this month, and per-topic rates only over enough members. */
export function teamSummary(catalog: Catalog, teamName: string, view: OwnerView, paused = 0): Message {
  const row = (left: string, right: string): messagingApi.FlexComponent => ({
    type: 'box',
    layout: 'horizontal',
    contents: [label(left, { size: 'sm', flex: 3 }), label(right, { size: 'sm', flex: 2, align: 'end' })],
  });
  const [year, month] = view.month.split('-');
  const others = view.members.filter((m) => m.role !== 'owner');
  const members = others
    .slice(0, 20)
    .map((m) =>
      row(
        `${m.displayName}${m.themeDone ? '（テーマ済）' : ''}`,
        m.answersThisMonth > 0 ? `${m.answersThisMonth}問・${m.daysThisMonth}日` : 'まだ',
      ),
    );
  const topics = view.topics
    .slice(0, 12)
    .map((t) =>
      row(catalog.topicTitle(t.topic), `${Math.round((100 * t.correct) / t.total)}%（${t.members}人）`),
    );
  const weakLesson = view.weakest
    ? [...catalog.lessons.values()].find((l) => l.topic === view.weakest?.topic)
    : undefined;
  const studied = `${Number(month)}月に学んだ人: ${others.filter((m) => m.answersThisMonth > 0).length} / ${others.length}人`;
  const contents: messagingApi.FlexComponent[] = [
    label(`${teamName}の様子（${year}年${Number(month)}月）`, { weight: 'bold', color: COLORS.brand }),
    label(studied, { size: 'sm', weight: 'bold', margin: 'md' }),
    ...(members.length > 0 ? members : [label('まだ参加した人はいません。', { size: 'sm' })]),
    ...(others.length > 20
      ? [label(`ほか ${others.length - 20}人`, { size: 'sm', color: COLORS.muted })]
      : []),
    ...themeLines(catalog, view, others.length, Number(month)),
    ...(paused > 0
      ? [
          label(
            `今月は、LINEで送れるお知らせの数が残り少ないため、${paused}人の「毎日1問」をお休みしています。来月1日から届きます。「クイズ」はいつでも解けます。`,
            { size: 'xs', color: COLORS.text, margin: 'md' },
          ),
        ]
      : []),
    label('分野ごとの正解率（チーム全体）', { size: 'sm', weight: 'bold', margin: 'lg' }),
    ...topics,
    label(
      topics.length === 0
        ? `まだ表示できる分野はありません。ひとりの成績が分からないよう、${MIN_OTHERS_PER_TOPIC}人以上が答えた分野だけを表示します。`
        : `${MIN_OTHERS_PER_TOPIC}人以上が答えた分野だけを表示します${view.hiddenTopics > 0 ? `（ほか ${view.hiddenTopics}分野）` : ''}。`,
      { size: 'xs', color: COLORS.muted },
    ),
    ...(view.weakest
      ? [
          label(`いちばん弱い分野: ${catalog.topicTitle(view.weakest.topic)}`, {
            size: 'sm',
            weight: 'bold',
            margin: 'lg',
          }),
        ]
      : []),
  ];
  return flex(
    `${teamName}の様子: ${studied}`,
    {
      type: 'bubble',
      size: 'mega',
      body: vbox(contents, { spacing: 'xs' }),
      ...(weakLesson
        ? {
            footer: vbox([
              button(uriAction(`読む: ${weakLesson.title}`, catalog.lessonUrl(weakLesson.id)), 'link'),
            ]),
          }
        : {}),
    },
    [sayAction(TEAM_WORDS.record), sayAction(TEAM_WORDS.theme), sayAction(TEAM_WORDS.invite)],
  );
}

/** 今月のテーマ in the owner's view: which topic, and how many members completed it. */
function themeLines(
  catalog: Catalog,
  view: OwnerView,
  memberCount: number,
  month: number,
): messagingApi.FlexComponent[] {
  if (!view.theme)
    return [
      label(`${month}月のテーマは、まだ決めていません。「${TEAM_WORDS.theme}」で選べます。`, {
        size: 'xs',
        color: COLORS.text,
        margin: 'md',
      }),
    ];
  const done = view.members.filter((m) => m.role !== 'owner' && m.themeDone).length;
  return [
    label(`${month}月のテーマ: ${catalog.topicTitle(view.theme.topic)}`, {
      size: 'sm',
      weight: 'bold',
      margin: 'lg',
    }),
    label(`全部の問題に答えた人: ${done} / ${memberCount}人`, { size: 'sm' }),
  ];
}

const REFUSALS = {
  alreadyInTeam: (team: string) =>
    `すでに「${team}」に入っています。ひとりが入れるチームは1つです。先に「${TEAM_WORDS.leave}」を送ってください。`,
  notFound: () =>
    'その招待コードのチームは見つかりませんでした。コードをもう一度確かめるか、新しい招待をチームを管理する人に頼んでください。',
  noJoinUnderWay: () =>
    `参加の手続きが見つかりません（時間がたつと取り消されます）。もう一度「${TEAM_WORDS.join} 招待コード」から始めてください。`,
  tooManyTries: () =>
    '参加の手続きが続いたので、少し止めています。1時間ほどたってから、もう一度お試しください。',
  ownerCannotLeave: () =>
    'チームを作った人（管理する人）はチームを抜けられません。チームをなくすときは「データ削除」を使います（あなたの成績も消えます）。',
  notInTeam: () => 'いまは、どのチームにも入っていません。',
  notOwner: () => 'これはチームを管理する人（チームを作った人）だけができます。',
  notMember: () => 'その人は、このチームにいません。',
  badName: () => '名前は1行で、決められた文字数までで送ってください。',
  viewRefused: () =>
    `「${TEAM_WORDS.view}」は、チームを管理する人と、その人が決めた人だけが見られます。ご自分の成績は「成績」で見られます。`,
} as const;

export function teamRefusal(reason: keyof typeof REFUSALS, teamName = ''): Message {
  return text(REFUSALS[reason](teamName));
}
