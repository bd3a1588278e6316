import path from 'node:path';
import { expect, test } from 'vitest';
import { toContentJson } from '../src/build/content-json.ts';
import {
  ContentError,
  loadContent,
  loadGlossary,
  loadLessonFiles,
  parseDeckSlides,
  trackLessons,
} from '../src/index.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

test('loadContent returns typed lessons, questions, glossary, decks and topics', async () => {
  const content = await loadContent({ root: fixture('valid') });
  expect(content.topics).toHaveLength(14);
  const lesson = content.lessons.find((entry) => entry.id === 'management/sample');
  expect(lesson).toMatchObject({
    slug: 'sample',
    topic: 'management',
    path: '/lessons/management/sample/',
    file: 'content/test/fixtures/valid/lessons/management/sample.mdx',
  });
  expect(lesson?.body.startsWith('\n会社の情報を守る準備は')).toBe(true);
  expect(lesson?.reviewed).toBeInstanceOf(Date);
  expect(content.questions.filter((question) => question.examArea !== undefined).map((q) => q.id)).toEqual([
    'exam-mgmt-01',
  ]);
  expect(content.glossary.map((term) => term.id)).toEqual(['ransomware']);
  const [deck] = content.decks;
  expect(deck).toMatchObject({ id: 'owner-seminar', durationMinutes: 5 });
  expect(deck?.slides.map((slide) => slide.kind)).toEqual(['content', 'quiz']);
});

test('loadGlossary reads the glossary alone, checked as loadContent checks it', async () => {
  const content = await loadContent({ root: fixture('valid') });
  await expect(loadGlossary({ root: fixture('valid') })).resolves.toEqual(content.glossary);
  const error = await loadGlossary({ root: fixture('glossary-bad-reading') }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).problems[0]).toMatchObject({
    file: 'content/test/fixtures/glossary-bad-reading/glossary/management.yaml',
    line: 3,
    rule: 'schema',
  });
});

test('loadLessonFiles reads the lessons as loadContent does, and loadContent takes them instead of reading again', async () => {
  const content = await loadContent({ root: fixture('valid') });
  const files = await loadLessonFiles({ root: fixture('valid') });
  expect(files.map((file) => file.lesson)).toEqual(content.lessons);
  const sample = files.find((file) => file.lesson.id === 'management/sample');
  expect(sample?.absolutePath).toBe(path.join(fixture('valid'), 'lessons/management/sample.mdx'));
  // The front matter's closing --- is on line 15: the body starts on line 16.
  expect(sample?.bodyStartLine).toBe(16);
  // Lessons handed in are used as they are: lessons/ is not read again.
  expect(content.lessons.length).toBeGreaterThan(1);
  const fromCollection = await loadContent({ root: fixture('valid'), lessons: content.lessons.slice(0, 1) });
  expect(fromCollection.lessons).toEqual(content.lessons.slice(0, 1));
  expect(fromCollection.glossary).toEqual(content.glossary);
  const error = await loadLessonFiles({ root: fixture('unknown-key') }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).problems[0]).toMatchObject({
    file: 'content/test/fixtures/unknown-key/lessons/management/sample.mdx',
    line: 8,
    rule: 'schema',
  });
});

test('trackLessons walks topics in curriculum order', async () => {
  const content = await loadContent({ root: fixture('valid') });
  const track = trackLessons(content, 'owner').map((lesson) => lesson.topic);
  expect(track.slice(0, 3)).toEqual(['management', 'guidelines', 'basic-measures']);
  expect(track.at(-1)).toBe('big-events');
  expect(trackLessons(content, 'instructor')).toEqual([]);
});

test('loadContent throws a ContentError that lists every problem with its place', async () => {
  const error = await loadContent({ root: fixture('unknown-key') }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).problems).toEqual([
    expect.objectContaining({
      file: 'content/test/fixtures/unknown-key/lessons/management/sample.mdx',
      line: 8,
      column: 1,
      rule: 'schema',
    }),
  ]);
});

test('parseDeckSlides splits slides, titles, plain text and notes', () => {
  const slides = parseDeckSlides(
    [
      '<Slide minutes={1.5}>',
      '# 今日の<Term id="x">お話</Term>',
      '',
      '- **大切な**こと',
      '',
      '<Notes>',
      '聞き手に[質問](/lessons/a/b/)します。',
      '</Notes>',
      '</Slide>',
      '',
      '<QuizSlide question="mgmt-001" minutes={2}>',
      '<Notes>手を挙げてもらいます。</Notes>',
      '</QuizSlide>',
    ].join('\n'),
  );
  expect(slides).toEqual([
    {
      index: 0,
      kind: 'content',
      minutes: 1.5,
      title: '今日のお話',
      body: '# 今日の<Term id="x">お話</Term>\n\n- **大切な**こと',
      bodyText: '今日のお話\n\n・大切なこと',
      notes: '聞き手に質問します。',
    },
    {
      index: 1,
      kind: 'quiz',
      minutes: 2,
      question: 'mgmt-001',
      body: '',
      bodyText: '',
      notes: '手を挙げてもらいます。',
    },
  ]);
});

test('content.json carries no MDX bodies and lists both tracks', async () => {
  const json = toContentJson(await loadContent({ root: fixture('valid') }));
  expect(JSON.stringify(json)).not.toContain('今日やること');
  expect(Object.keys(json.lessons[0] ?? {}).sort()).toEqual(
    ['audience', 'id', 'minutes', 'order', 'path', 'summary', 'takeaways', 'title', 'topic'].sort(),
  );
  expect(json.tracks.owner).toHaveLength(14);
  expect(json.decks).toEqual([
    {
      id: 'owner-seminar',
      title: '経営者のための情報セキュリティ',
      audience: ['instructor', 'owner'],
      durationMinutes: 5,
      slideCount: 2,
    },
  ]);
});
