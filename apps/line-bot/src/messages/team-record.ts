import { RECORD_TOKEN_TTL_MS } from '../teams-record/token.ts';
import { button, COLORS, flex, label, type Message, text, uriAction, vbox } from './ui.ts';

const minutes = RECORD_TOKEN_TTL_MS / 60_000;

/** 「受講記録」: the owner's link to the printable record (valid for a short time, for them only). */
export const recordLinkMessage = (teamName: string, url: string): Message =>
  flex(`「${teamName}」の受講記録のリンクです（${minutes}分だけ使えます）。`, {
    type: 'bubble',
    body: vbox(
      [
        label(`「${teamName}」の受講記録`, { weight: 'bold', color: COLORS.brand }),
        label(
          `チームの人が学んだ記録を、A4で印刷したり、CSV（表計算ソフトで開けるファイル）で保存したりできます。取引先や審査で、研修をしていることを示すのに使えます。`,
          { size: 'sm' },
        ),
        label(
          `リンクは${minutes}分だけ使えます。ほかの人には転送しないでください。期限が切れたら、もう一度「受講記録」と送ってください。`,
          { size: 'xs', color: COLORS.text },
        ),
      ],
      { spacing: 'sm' },
    ),
    footer: vbox([button(uriAction('受講記録を開く', url), 'primary')]),
  });

/** Without BOT_URL the bot does not know its own address, so it cannot make the link. */
export const recordUnavailable = (): Message =>
  text('いまは受講記録のページを開けません。まもるを運営している人の設定が必要です（BOT_URL）。');
