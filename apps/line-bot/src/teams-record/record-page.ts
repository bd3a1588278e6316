import { createHash } from 'node:crypto';
import { MIN_OTHERS_PER_TOPIC } from '../teams/view.ts';
import { TEAM_WORDS } from '../teams/words.ts';
import { escapeHtml } from '../web/escape-html.ts';
import type { TrainingRecord } from './record.ts';

/** What the page needs besides the record: names of topics and lessons, and where things are. */
export interface RecordPageInput {
  record: TrainingRecord;
  topicTitle: (topic: string) => string;
  /** The lesson titles of a topic (what a theme asked people to read). */
  lessonTitles: (topic: string) => string[];
  siteUrl: string;
  /** The CSV download of the same members' lines (same token). */
  csvHref: string;
}

/** 「2026年12月5日」 from a Japan date (YYYY-MM-DD). */
export const jaDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
/** 「2026年12月」 from YYYY-MM. */
export const jaMonth = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

// Readable on a phone, one A4 page (or more for a big team) on paper; no script, no outside source.
const STYLE = `
@page{size:A4;margin:14mm}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;color:#111;background:#fff;line-height:1.6;font-size:17px}
main{max-width:182mm;margin:0 auto;padding:16px}
h1{font-size:1.5rem;line-height:1.4;margin:0 0 .4rem}
h2{font-size:1.15rem;margin:1.2rem 0 .3rem;border-bottom:2px solid #111}
.meta{margin:0 0 .8rem}
.meta div{display:inline-block;margin-right:1.2rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #555;padding:.3rem .4rem;text-align:left;vertical-align:top;white-space:nowrap}
td.themes{white-space:normal;min-width:12em}
.day{white-space:nowrap}
th{background:#eee}
caption{text-align:left}
td.n{text-align:right;white-space:nowrap}
.wide{overflow-x:auto}
ul{padding-left:1.4rem;margin:.3rem 0}
.note{font-size:.92rem}
.actions a{display:inline-block;padding:.5rem .8rem;border:2px solid #1e6b52;border-radius:8px;color:#111;font-weight:700}
@media print{.actions{display:none}body{font-size:10.5pt}main{padding:0;max-width:none}h1{font-size:17pt}table{font-size:9.5pt}tr{break-inside:avoid}th{background:#eee;print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

/** The inline style is allowed by its hash: the page needs nothing else. */
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
export const RECORD_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const ROLE = { owner: '', coowner: '（共同管理者）', member: '' } as const;

/** The printable training record: what it is, the period, the themes, one table of members, team rates. */
export function recordPageHtml(input: RecordPageInput): string {
  const { record } = input;
  const team = escapeHtml(record.teamName);
  const themeItems = record.themes.map((t) => {
    const lessons = input.lessonTitles(t.topic).map(escapeHtml).join('、');
    return `<li>${jaMonth(t.month)}: ${escapeHtml(input.topicTitle(t.topic))}${lessons ? `<br><span class="note">読み物: ${lessons}</span>` : ''}</li>`;
  });
  const answered = record.topicsAnswered.map((t) => escapeHtml(input.topicTitle(t))).join('、');
  // One cell lists the themes a member completed (a column per theme would not fit A4 after a year).
  const rows = record.members.map((m) => {
    const done = record.themes.flatMap((t, i) => {
      const on = m.themesDone[i];
      const topic = escapeHtml(input.topicTitle(t.topic));
      return on ? [`${jaMonth(t.month)}「${topic}」<span class="day">${jaDate(on)}</span>`] : [];
    });
    return `<tr><th scope="row">${escapeHtml(m.displayName)}${ROLE[m.role]}</th><td>${jaDate(m.joinedOn)}</td><td class="n">${m.daysStudied}日</td><td class="n">${m.answered}問</td><td>${m.lastStudiedOn ? jaDate(m.lastStudiedOn) : '―'}</td><td class="themes">${done.length > 0 ? done.join('<br>') : '―'}</td></tr>`;
  });
  const rates = record.teamRates.map(
    (t) =>
      `<li>${escapeHtml(input.topicTitle(t.topic))}: ${Math.round((100 * t.correct) / t.total)}%（${t.members}人が${t.total}問に答えました）</li>`,
  );
  return page(
    `${record.teamName} 情報セキュリティ学習の受講記録`,
    `<h1>「${team}」情報セキュリティ学習の受講記録</h1>
<div class="meta"><div>期間: ${jaDate(record.from)}〜${jaDate(record.to)}</div><div>作成した日: ${jaDate(record.to)}</div></div>
<p class="actions"><a href="${escapeHtml(input.csvHref)}" download>CSVで保存する</a><br><span class="note">CSVは、Excelなどの表計算ソフトで開けるファイルです。印刷は、ブラウザーのメニューの「印刷」からできます（A4）。</span></p>
<h2>この記録について</h2>
<p>「まもる」は、小さな会社の経営者と従業員のための、情報セキュリティ（会社の情報を事故から守ること）の学習教材です。やさしい日本語の読み物と、LINEで答えるクイズでできています。読み物はだれでも読めます（${escapeHtml(input.siteUrl)}）。</p>
<p>この記録は、チームに参加した人がLINEで答えたクイズから作りました。数えているのは、それぞれがチームに参加した日からの回答です。</p>
<h2>学んだテーマ</h2>
${themeItems.length > 0 ? `<ul>${themeItems.join('')}</ul>` : '<p>この期間に決めた「今月のテーマ」はありません。</p>'}
<p class="note">「テーマを終えた」は、そのテーマの問題すべてに1回以上答えたことです。${answered ? `この期間にチームが答えた分野: ${answered}` : ''}</p>
<h2>一人ひとりの記録</h2>
${
  rows.length > 0
    ? `<div class="wide"><table><caption class="note">表示名は本人が決めたものです。</caption><thead><tr><th scope="col">表示名</th><th scope="col">参加した日</th><th scope="col">学んだ日数</th><th scope="col">答えた問題</th><th scope="col">最後に学んだ日</th><th scope="col">終えたテーマと終えた日</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    : '<p>まだ参加した人はいません。</p>'
}
<p class="note">一人ひとりの正解率は載せていません。参加するときに「チームを管理する人に、あなたひとりの正解率は見えません」と約束しているためです。どの答えを選んだかも載せていません。</p>
<h2>チーム全体の正解率</h2>
${rates.length > 0 ? `<ul>${rates.join('')}</ul>` : '<p>まだ載せられる分野はありません。</p>'}
<p class="note">ひとりの成績が分からないよう、チームを管理する人のほかに${MIN_OTHERS_PER_TOPIC}人以上が答えた分野だけを載せています${record.hiddenTopics > 0 ? `（ほか ${record.hiddenTopics}分野）` : ''}。</p>`,
  );
}

/** A link that is forged, altered, for another team, or expired: 401, and how to get a new one. */
export function recordRefusedHtml(reason: 'invalid' | 'expired'): string {
  const how = `LINEのまもるに「${TEAM_WORDS.record}」と送ると、新しいリンクが届きます（チームを作った人だけが受け取れます）。`;
  return reason === 'expired'
    ? page(
        'リンクの期限が切れました',
        `<h1>このリンクの期限が切れました</h1><p>受講記録のリンクは、届いてから15分だけ使えます。${how}</p>`,
      )
    : page(
        'このリンクは使えません',
        `<h1>このリンクは使えません</h1><p>リンクが途中で切れているか、書き換えられています。${how}</p>`,
      );
}
