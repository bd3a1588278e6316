import { SESSION_LENGTHS, type Session, type StartOptions, shuffled, startSession } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import type { SetRequest, UserState } from './state.ts';

/** A lesson title without its bracketed part, short enough for a button (「だましのメールを見分ける」). */
export function shortTitle(title: string): string {
  return title.replace(/（[^）]*）/gu, '').trim() || title;
}

/** The name of a set as the user chose it. */
export function setTitle(catalog: Catalog, request: SetRequest): string {
  switch (request.kind) {
    case 'topic':
      return catalog.topicTitle(request.topic);
    case 'lesson':
      return shortTitle(catalog.lessons.get(request.lesson)?.title ?? 'レッスン');
    case 'track':
      return request.track === 'owner' ? '経営者コース' : '従業員コース';
    case 'exam':
      return '試験対策';
    case 'review':
      return '復習';
    default:
      return request satisfies never;
  }
}

/** The set the current session came from (a one-lesson set is kept beside the session). */
export function currentSet(state: UserState): SetRequest | undefined {
  const session = state.session;
  if (!session) return undefined;
  return state.sessionLesson ? { kind: 'lesson', lesson: state.sessionLesson } : session.source;
}

/**
 * A new session for the request. A lesson's set is a topic session limited to that lesson's
 * questions (a few, easy first), so the engine grades and schedules it like any other.
 */
export function createSession(
  catalog: Catalog,
  request: SetRequest,
  options: StartOptions,
): Session | undefined {
  if (request.kind !== 'lesson') return startSession(catalog.bank, request, options);
  const lesson = catalog.lessons.get(request.lesson);
  if (!lesson) return undefined;
  const questions = shuffled(
    catalog.bank.questions.filter((q) => q.lesson === lesson.id && q.examArea === undefined),
    options.id,
  )
    .slice(0, options.limit ?? SESSION_LENGTHS.topic)
    .sort((a, b) => a.difficulty - b.difficulty);
  if (questions.length === 0) return undefined;
  return {
    id: options.id,
    source: { kind: 'topic', topic: lesson.topic },
    questionIds: questions.map((q) => q.id),
    answers: [],
    draft: [],
    startedAt: options.now.toISOString(),
  };
}
