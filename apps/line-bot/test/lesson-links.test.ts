import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonPath } from '@mamoru/content/paths';
import { describe, expect, it } from 'vitest';
import { handleEvent } from '../src/conversation/handle-event.ts';
import type { Context } from '../src/conversation/outcome.ts';
import { newUserState, type UserState } from '../src/conversation/state.ts';
import { buildEvent } from '../src/local/events.ts';
import { resultMessage } from '../src/messages/result.ts';
import { summaryMessage } from '../src/messages/summary.ts';
import { realCatalog, SITE_URL } from './helpers/catalog.ts';
import { actionsOf } from './helpers/harness.ts';

/**
 * Every link the bot can send must open a page of the built site. The site is another package:
 * `turbo run test` builds it first (it is a devDependency of this package, so `^build` covers it).
 * Without apps/site/dist this test fails and says how to build it; it never passes silently.
 */
const SITE_DIST = fileURLToPath(new URL('../../site/dist/', import.meta.url));
const catalog = realCatalog();
const now = new Date('2026-04-01T03:00:00Z');
const ctx: Context = { catalog, now, newId: () => 'sess0001' };

function linksIn(messages: unknown[]): string[] {
  return messages
    .flatMap((m) => actionsOf(m as never))
    .flatMap((a) => (a.type === 'uri' && a.uri ? [a.uri] : []));
}

/** Every site link in every message the bot can send for the real content. */
function everyLink(): Set<string> {
  const links = new Set<string>();
  const add = (messages: unknown[]) => {
    for (const link of linksIn(messages)) links.add(link);
  };
  const lessonIds = [...new Set(catalog.bank.questions.map((q) => q.lesson))];
  for (const question of catalog.bank.questions) {
    const session = {
      id: 's',
      source: { kind: 'exam' as const },
      questionIds: [question.id, 'x'],
      answers: [],
      draft: [],
      startedAt: '',
    };
    add([resultMessage(catalog, session, question, { correct: false, missed: [], wrong: [] }, [0])]);
  }
  for (let i = 0; i < lessonIds.length; i += 3) {
    add([
      summaryMessage(
        catalog,
        { correct: 0, total: 1, byTopic: [], lessonsToRead: lessonIds.slice(i, i + 3) },
        0,
      ),
    ]);
    const state: UserState = {
      ...newUserState('U1', now),
      scores: { management: { correct: 0, total: 1 } },
      missedLessons: lessonIds.slice(i, i + 3),
    };
    add(
      handleEvent(
        buildEvent({ kind: 'text', text: '成績' }, { userId: 'U1', timestamp: 0, replyToken: 'r' }),
        'U1',
        state,
        ctx,
      ).replies,
    );
  }
  // 教材, an incident (困ったときは) and a topic word (its lessons).
  for (const text of ['教材', 'ウイルスに感染したかも', 'メール']) {
    add(
      handleEvent(
        buildEvent({ kind: 'text', text }, { userId: 'U1', timestamp: 0, replyToken: 'r' }),
        'U1',
        undefined,
        ctx,
      ).replies,
    );
  }
  return links;
}

/** A site URL -> the file the static build must contain for it. */
function distFile(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return `${SITE_DIST}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
}

describe('lesson links', () => {
  const links = everyLink();

  it('include 困ったときは', () => {
    expect(links.has(`${SITE_URL}/help/`)).toBe(true);
  });

  it('cover every lesson a question points to, built with lessonPath', () => {
    for (const lesson of new Set(catalog.bank.questions.map((q) => q.lesson))) {
      expect(links.has(`${SITE_URL}${lessonPath(lesson)}`), lesson).toBe(true);
    }
    expect(links.size).toBeGreaterThan(10);
  });

  it('point at lessons that exist in the content', () => {
    const known = new Set([...catalog.lessons.keys()].map((id) => `${SITE_URL}${lessonPath(id)}`));
    const pages = new Set([`${SITE_URL}/`, catalog.helpUrl]);
    // A figure's link opens its lesson at the figure (#fig-<id>): the lesson must exist all the same.
    const unknown = [...links]
      .map((l) => l.replace(/#fig-[a-z0-9-]+$/, ''))
      .filter((l) => !pages.has(l) && !known.has(l));
    expect(unknown).toEqual([]);
  });

  it('each resolve to a page of the built site (apps/site/dist)', () => {
    expect(
      existsSync(SITE_DIST),
      'apps/site/dist is missing: run `pnpm --filter @mamoru/site build` (turbo does it before this test)',
    ).toBe(true);
    const missing = [...links].filter((l) => !existsSync(distFile(l)));
    expect(missing).toEqual([]);
  });

  it('of a figure open it in its built lesson, and its picture is built (/figures/<id>.png)', () => {
    const figureLinks = [...links].filter((l) => /#fig-/.test(l));
    expect(figureLinks.length).toBeGreaterThanOrEqual(5);
    for (const link of figureLinks) {
      const id = link.split('#')[1] ?? '';
      expect(readFileSync(distFile(link), 'utf8'), link).toContain(`<figure class="figure" id="${id}">`);
      const picture = catalog.figureImageUrl(id.replace(/^fig-/, '')) ?? '';
      expect(existsSync(distFile(picture)), picture).toBe(true);
    }
  });
});

describe('reading time', () => {
  it('教材 states it the one way the built home page does (「1本約N分」), from the content', () => {
    const home = readFileSync(`${SITE_DIST}index.html`, 'utf8');
    const onSite = home.match(/1本約\d+分/u)?.[0];
    expect(onSite, 'the home page states 「1本約N分」').toBeDefined();
    const { replies } = handleEvent(
      buildEvent({ kind: 'text', text: '教材' }, { userId: 'U1', timestamp: 0, replyToken: 'r' }),
      'U1',
      undefined,
      ctx,
    );
    const said = JSON.stringify(replies);
    expect(said).toContain(`${onSite}で読めます`);
    expect(said).not.toContain('3〜5分');
  });
});
