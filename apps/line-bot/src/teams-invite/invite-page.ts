import { createHash } from 'node:crypto';
import { TEAM_WORDS } from '../teams/words.ts';
import { escapeHtml } from '../web/escape-html.ts';

/** Where the printable invite of a team lives on the bot server. */
export const invitePagePath = (code: string) => `/teams/invite/${encodeURIComponent(code)}`;

/** The absolute address of the invite page, or undefined when the bot does not know its own (no BOT_URL). */
export const invitePageUrl = (botUrl: string | undefined, code: string) =>
  botUrl ? `${botUrl}${invitePagePath(code)}` : undefined;

export interface InvitePageInput {
  /** The company name the owner typed (escaped here). */
  teamName: string;
  code: string;
  /** The oaMessage link that opens LINE with 「チーム参加 {code}」 ready to send. */
  joinUrl: string;
  /** The official account's basic ID (@...), for those who add the bot by hand. */
  basicId: string;
  /** The QR code of `joinUrl` as an SVG element (from the qrcode package). */
  qrSvg: string;
}

// A4 on paper, one column on a phone; large type for owners and staff over 60.
const STYLE = `
@page{size:A4;margin:14mm}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;color:#111;background:#fff;line-height:1.7;font-size:17px}
main{max-width:182mm;margin:0 auto;padding:16px}
h1{font-size:1.6rem;line-height:1.4;margin:0 0 .3rem;word-break:auto-phrase}
.lead{margin:0 0 1rem;font-size:1.05rem}
.scan{display:flex;flex-wrap:wrap;gap:1rem 1.6rem;align-items:center;border:2px solid #111;border-radius:10px;padding:1rem}
.qr{flex:0 0 auto;width:62mm;max-width:100%;margin:0}
.qr svg{display:block;width:100%;height:auto}
.qr figcaption{text-align:center;font-size:.95rem}
.code-box{flex:1 1 14rem}
.code-box p{margin:.2rem 0}
.code{font-family:"Noto Sans Mono CJK JP",ui-monospace,monospace;font-size:2.6rem;font-weight:700;letter-spacing:.12em;line-height:1.2;white-space:nowrap}
.code span+span{margin-left:.45em}
ol{padding-left:1.6rem;margin:.4rem 0}
li{margin:.3rem 0}
h2{font-size:1.2rem;margin:1.2rem 0 .3rem;border-bottom:2px solid #111}
.word{font-weight:700;white-space:nowrap}
.note{font-size:.95rem}
.on-phone a{display:inline-block;padding:.5rem .8rem;border:2px solid #06c755;border-radius:8px;color:#111;font-weight:700}
@media print{.on-phone{display:none}body{font-size:11.5pt}main{padding:0}.code{font-size:30pt}h1{font-size:20pt}}
`;

/** Inline style allowed by its hash: the page needs no other source (the QR is inline SVG). */
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
export const INVITE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The code in two groups of five, so it is easy to read out; copying it gives the code unbroken. */
const groupedCode = (code: string) =>
  `<span>${escapeHtml(code.slice(0, 5))}</span><span>${escapeHtml(code.slice(5))}</span>`;

/** The printable invite: QR of the join link, the code in large type, and what to do, in plain Japanese. */
export function invitePageHtml(input: InvitePageInput): string {
  const team = escapeHtml(input.teamName);
  const joinWord = `${TEAM_WORDS.join} ${escapeHtml(input.code)}`;
  const svg = input.qrSvg.replace('<svg ', '<svg role="img" aria-label="LINEで参加するためのQRコード" ');
  return page(
    `「${input.teamName}」のチームへの招待`,
    `<h1>「${team}」の情報セキュリティ学習に参加してください</h1>
<p class="lead">LINEの「まもる」で、会社の情報を守るためのクイズに答えて学びます。</p>
<section class="scan" aria-label="参加のしかた（QRコード）">
<figure class="qr">${svg}<figcaption>カメラで読み取る</figcaption></figure>
<div class="code-box">
<p>招待コード</p>
<p class="code" data-code="${escapeHtml(input.code)}">${groupedCode(input.code)}</p>
<p class="note">まもるのLINE ID: <span class="word">${escapeHtml(input.basicId)}</span></p>
<p class="on-phone"><a href="${escapeHtml(input.joinUrl)}">このスマートフォンでLINEを開いて参加する</a></p>
</div>
</section>
<h2>参加のしかた</h2>
<ol>
<li>スマートフォンのカメラ（またはLINEの「QRコードリーダー」）で、上のQRコードを読み取ります。</li>
<li>LINEが開き、まもるとのトークに「<span class="word">${joinWord}</span>」と入った状態になります。そのまま送信してください。まだ友だちでない人には、先に友だち追加の画面が出ます。</li>
<li>まもるから、チームを管理する人（社長など）に見えることの説明が届きます。読んでから、見せる名前（表示名）を送り、「<span class="word">${TEAM_WORDS.consent}</span>」を押します。</li>
</ol>
<p class="note">QRコードが使えないとき: LINEで「${escapeHtml(input.basicId)}」を検索して友だち追加し、「<span class="word">${joinWord}</span>」と送ってください。</p>
<h2>チームを管理する人に見えること・見えないこと</h2>
<p>チームを管理する人に見えるのは、表示名、答えた問題の数と学んだ日、終えた「今月のテーマ」、チーム全体の正解率だけです。これらは、印刷できる「受講記録」にも載ります。<strong>どの答えを選んだかは見えません。</strong>いつでも「<span class="word">${TEAM_WORDS.leave}</span>」と送れば抜けられます。</p>
<p class="note">招待コードが変わると、この紙のQRコードとコードは使えなくなります。そのときはチームを管理する人に新しい紙をもらってください。</p>`,
  );
}

/** For a code that is not (or no longer) a team's: says nothing about any other team. */
export function inviteNotFoundHtml(): string {
  return page(
    'この招待は使えません',
    `<h1>この招待は使えません</h1>
<p>招待コードが変わったか、チームがなくなったか、アドレスが途中で切れています。チームを管理する人に、新しい招待をお願いしてください。</p>`,
  );
}

/** When LINE did not tell the bot its ID, the QR cannot be made; the page says to try again. */
export function inviteUnavailableHtml(): string {
  return page(
    'しばらくしてからお試しください',
    `<h1>いまは招待のページを作れません</h1>
<p>LINEとの通信がうまくいきませんでした。少し時間をおいて、もう一度開いてください。</p>`,
  );
}
