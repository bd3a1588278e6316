import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TopicId } from '@mamoru/content/schemas';
import { buildCatalog, type Catalog, type ContentJson } from '../../src/content/catalog.ts';

export const SITE_URL = 'https://mamoru.example.jp';
export const CONTENT_JSON = fileURLToPath(new URL('../../../../content/dist/content.json', import.meta.url));

/** The real content (built by the global setup). */
export function realContent(): ContentJson {
  return JSON.parse(readFileSync(CONTENT_JSON, 'utf8')) as ContentJson;
}

export function realCatalog(siteUrl = SITE_URL): Catalog {
  return buildCatalog(realContent(), siteUrl);
}

const q = (id: string, topic: TopicId, lesson: string, extra: object = {}) => ({
  id,
  topic,
  lesson,
  type: 'single' as const,
  prompt: `${id} の問題です。`,
  choices: [{ label: '右' }, { label: '左' }, { label: '上' }],
  answer: [0],
  explanation: '右が正しい理由です。',
  difficulty: 1 as const,
  ...extra,
});

/** A small bank whose answers the tests know: answer 0 is right, except where noted. */
export const fixtureContent: ContentJson = {
  lessons: [
    { id: 'management/duty', title: '経営者の役目', topic: 'management' },
    { id: 'basic-measures/passwords', title: 'パスワード', topic: 'basic-measures' },
  ],
  questions: [
    q('m-1', 'management', 'management/duty'),
    q('m-2', 'management', 'management/duty', { difficulty: 2 }),
    q('m-3', 'management', 'management/duty', {
      type: 'multiple',
      prompt: 'あてはまるものをすべて選んでください。',
      choices: [{ label: '右' }, { label: '左' }, { label: '上' }, { label: '下' }],
      answer: [0, 2],
      difficulty: 3,
    }),
    q('b-1', 'basic-measures', 'basic-measures/passwords'),
    q('x-1', 'management', 'management/duty', { examArea: 'security-management' }),
  ],
  tracks: { owner: ['management/duty'], staff: ['basic-measures/passwords', 'management/duty'] },
  help: {
    firstSteps: {
      title: 'まず、すること',
      lead: 'あわてなくて大丈夫です。',
      steps: [{ do: 'ネットから外します。', detail: '線を抜きます。' }, { do: '電源は切りません。' }],
      warning: 'お金は払わないでください。',
    },
  },
};

export function fixtureCatalog(siteUrl = SITE_URL): Catalog {
  return buildCatalog(fixtureContent, siteUrl);
}
