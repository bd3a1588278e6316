import { randomUUID } from 'node:crypto';
import type { Catalog } from '../content/catalog.ts';
import { handleEvent } from '../conversation/handle-event.ts';
import type { Context } from '../conversation/outcome.ts';
import { text } from '../messages/ui.ts';
import { japanMonth } from '../push-budget/month.ts';
import { withPauseNotice } from '../push-budget/pause-notice.ts';
import type { Outgoing, Store } from '../store/store.ts';
import { teamContextFor } from './team-context.ts';

export interface ProcessDeps {
  store: Store;
  catalog: Catalog;
  now: () => Date;
  /** After a commit that wrote live-seminar rows: wakes this instance's presenter streams. */
  onLiveWrite?: ((sessionIds: readonly string[]) => void) | undefined;
  /** The official account's basic ID (GET /v2/bot/info, asked once), for team invite links. */
  basicId?: (() => Promise<string>) | undefined;
  /** The bot server's public address (BOT_URL), for links to its pages; undefined = no links. */
  botUrl?: (() => string | undefined) | undefined;
}

const replyTokenOf = (event: { replyToken?: string }) => event.replyToken;

/**
 * Handles the user's oldest pending event in one transaction: load state, run the pure handler,
 * save state and answers, keep the replies in the inbox row. Returns the event id, or undefined
 * when the user has nothing pending.
 */
export async function processNextEvent(
  deps: ProcessDeps,
  userKey: string,
): Promise<{ eventId: string; type: string; outgoing: Outgoing | undefined; failure?: unknown } | undefined> {
  let touched: readonly string[] = [];
  const result = await deps.store.withUser(userKey, async (tx) => {
    const item = await tx.nextPending();
    if (!item) return undefined;
    const now = deps.now();
    const state = await tx.loadUser();
    const teams = await teamContextFor(tx, item.event, state, now, deps.basicId, deps.botUrl?.());
    const ctx: Context = { catalog: deps.catalog, now, newId: () => randomUUID().slice(0, 8), teams };
    if (item.event.type === 'message' || item.event.type === 'postback')
      ctx.live = await tx.liveContext(item.event);
    let outcome: ReturnType<typeof handleEvent>;
    let failure: unknown;
    try {
      outcome = withPauseNotice(state, handleEvent(item.event, userKey, state, ctx), japanMonth(ctx.now));
    } catch (error) {
      // A bug in a handler: apologise, change nothing, go on with the next event (the worker logs
      // the event id; the event stays in the inbox for a week). Storage errors are not caught here:
      // they roll back, and the event is tried again later.
      failure = error;
      outcome = {
        replies: [
          text('ごめんなさい、うまく処理できませんでした。少し時間をおいて、もう一度お試しください。'),
        ],
      };
    }
    // A handler fed a malformed event may return no list: treat it as nothing to say.
    let replies = outcome.replies ?? [];
    if (outcome.deleteUser) {
      await tx.deleteUser(item.eventId);
    } else {
      let fresh = true;
      for (const answer of outcome.answers ?? []) fresh = (await tx.recordAnswer(answer)) && fresh;
      if (fresh && outcome.state) await tx.saveUser(outcome.state);
      if (fresh && outcome.live) touched = await tx.writeLive(outcome.live);
      if (fresh) for (const write of outcome.teamWrites ?? []) await tx.writeTeam(write);
      // The state said new but the answer row exists: never count twice, keep the stored state.
      if (!fresh) replies = [text('その問題にはもう答えています。答えは1回だけ数えます。')];
    }
    const replyToken =
      'replyToken' in item.event ? replyTokenOf(item.event as { replyToken?: string }) : undefined;
    const outgoing =
      replies.length > 0
        ? { replyToken, to: item.chatId ?? undefined, messages: replies.slice(0, 5) }
        : undefined;
    await tx.markHandled(item.eventId, outgoing);
    return { eventId: item.eventId, type: item.event.type, outgoing, failure };
  });
  if (touched.length > 0) deps.onLiveWrite?.(touched);
  return result;
}
