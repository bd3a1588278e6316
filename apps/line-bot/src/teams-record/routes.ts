import type { Hono, Context as HonoContext } from 'hono';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../store/db.ts';
import { loadTeamRecordRows } from '../store/teams.ts';
import { trainingRecord } from './record.ts';
import { recordCsv } from './record-csv.ts';
import { RECORD_PAGE_CSP, recordPageHtml, recordRefusedHtml } from './record-page.ts';
import { ownerTagOf, verifyRecordToken } from './token.ts';

export interface RecordRouteDeps {
  db: Db;
  catalog: Catalog;
  /** recordTokenKey(channel secret): the key that signed the link. */
  key: Buffer;
  now: () => number;
}

/** Where the training record lives on the bot server (the token goes in the query). */
export const RECORD_PATH = '/teams/record';
export const recordUrl = (botUrl: string, token: string) =>
  `${botUrl}${RECORD_PATH}?token=${encodeURIComponent(token)}`;

/**
 * GET /teams/record and /teams/record.csv: the printable training record of the team the link was
 * signed for, while its owner is still the owner. Any other link gets 401 and says how to get one.
 */
export function teamRecordRoutes(app: Hono, deps: RecordRouteDeps): void {
  async function load(c: HonoContext) {
    // The address holds the token: keep it out of caches and of Referer headers.
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    const check = verifyRecordToken(deps.key, c.req.query('token'), deps.now());
    if (!check.ok) return { refused: check.reason } as const;
    const loaded = await deps.db.transaction((tx) => loadTeamRecordRows(tx, check.grant.teamId));
    // A team gone (データ削除) or a token whose owner is not this team's owner: the same refusal.
    if (!loaded || ownerTagOf(deps.key, loaded.team.ownerKey) !== check.grant.ownerTag)
      return { refused: 'invalid' } as const;
    const record = trainingRecord({
      ...loaded,
      questions: deps.catalog.bank.questions,
      now: new Date(deps.now()),
    });
    return { record } as const;
  }
  const topicTitle = (topic: string) => deps.catalog.topicTitle(topic);

  app.get(RECORD_PATH, async (c) => {
    c.header('Content-Security-Policy', RECORD_PAGE_CSP);
    const result = await load(c);
    if (result.refused) return c.html(recordRefusedHtml(result.refused), 401);
    const html = recordPageHtml({
      record: result.record,
      topicTitle,
      lessonTitles: (topic) => (deps.catalog.lessonSets.get(topic) ?? []).map((l) => l.title),
      siteUrl: deps.catalog.siteUrl,
      csvHref: `${RECORD_PATH}.csv?token=${encodeURIComponent(c.req.query('token') ?? '')}`,
    });
    return c.html(html);
  });

  app.get(`${RECORD_PATH}.csv`, async (c) => {
    const result = await load(c);
    if (result.refused) {
      c.header('Content-Security-Policy', RECORD_PAGE_CSP);
      return c.html(recordRefusedHtml(result.refused), 401);
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="training-record-${result.record.to}.csv"`);
    return c.body(recordCsv(result.record, topicTitle));
  });
}
