import type { Hono } from 'hono';
import QRCode from 'qrcode';
import { joinLink } from '../messages/team.ts';
import type { Query } from '../store/db.ts';
import { normalizeCode } from '../teams/code.ts';
import { INVITE_PAGE_CSP, inviteNotFoundHtml, invitePageHtml, inviteUnavailableHtml } from './invite-page.ts';

export interface InviteRouteDeps {
  db: Query;
  /** The official account's basic ID (GET /v2/bot/info, asked once). */
  basicId: () => Promise<string>;
}

/** The same QR settings as the site's add-friend QR (apps/site/src/pages/[qr].svg.ts). */
const QR_OPTIONS = {
  type: 'svg',
  margin: 2,
  errorCorrectionLevel: 'M',
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** The team's name when `code` is its current invite code (a renewed code finds nothing). */
async function teamNameByInviteCode(db: Query, code: string): Promise<string | undefined> {
  const found = await db.query('SELECT name FROM teams WHERE invite_code = $1', [code]);
  const row = found.rows[0];
  return row ? String(row.name) : undefined;
}

/** GET /teams/invite/{code}: the printable invite with a QR code (no JavaScript, no outside requests). */
export function teamInviteRoutes(app: Hono, deps: InviteRouteDeps): void {
  app.get('/teams/invite/:code', async (c) => {
    // The address holds the code: keep it out of caches and of Referer headers.
    c.header('Content-Security-Policy', INVITE_PAGE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    const code = normalizeCode(c.req.param('code'));
    const teamName = code ? await teamNameByInviteCode(deps.db, code) : undefined;
    if (!code || teamName === undefined) return c.html(inviteNotFoundHtml(), 404);
    let basicId: string;
    try {
      basicId = await deps.basicId();
    } catch {
      return c.html(inviteUnavailableHtml(), 503);
    }
    const joinUrl = joinLink(basicId, code);
    const qrSvg = await QRCode.toString(joinUrl, QR_OPTIONS);
    return c.html(invitePageHtml({ teamName, code, joinUrl, basicId, qrSvg }));
  });
}
