import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TOPIC_IDS } from '../src/schemas/topics.ts';

const SENTENCES = [
  '会社の情報を守る準備は、社長が決めます。',
  'お客さまの名前や住所は、だいじな宝物です。',
  'どこにしまってあるか、みんなで話してみましょう。',
  '朝の仕事の前に、パソコンの画面を確かめます。',
  'わからないことがあれば、すぐに社長に聞きます。',
  '机の上に書類を出したまま帰らないようにします。',
  '知らない人から来たメールは、開く前に落ち着いて見直します。',
  '困ったときに話せる相手を、先に決めておきます。',
];

/** A lesson body of about `characters` characters, varied by `seed`, ending with 今日やること. */
function body(seed: number, characters: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index++) {
    const sentence = SENTENCES[(seed + index * 3) % SENTENCES.length] ?? '';
    lines.push(sentence);
    length += sentence.length;
    if (index % 6 === 5) lines.push('', `## まとめ${index}`, '');
  }
  return `\n${lines.join('\n')}\n\n## 今日やること\n\n- 大切な情報がどこにあるか、書き出します。\n`;
}

/**
 * Writes `count` schema-valid lessons (spread over the topics) under `root`/lessons: MDX, as
 * lessons are (plain text and headings, no components, so the bare Astro baseline can build the
 * same files as plain MDX pages).
 */
export async function generateLessons(
  root: string,
  count: number,
  extension: 'md' | 'mdx' = 'mdx',
): Promise<void> {
  for (let index = 0; index < count; index++) {
    const topic = TOPIC_IDS[index % TOPIC_IDS.length] ?? 'management';
    const order = Math.floor(index / TOPIC_IDS.length) + 1;
    const file = path.join(root, 'lessons', topic, `lesson-${order}.${extension}`);
    await mkdir(path.dirname(file), { recursive: true });
    const frontmatter = [
      '---',
      `title: 情報を守る練習 ${order}`,
      'summary: 会社の情報を守るのは経営者の仕事です。',
      `topic: ${topic}`,
      `audience: [${index % 2 === 0 ? 'owner' : 'owner, staff'}]`,
      'minutes: 3',
      `order: ${order}`,
      'takeaways:',
      '  - 情報を守る準備は社長が決めます。',
      'sources:',
      '  - title: 中小・小規模事業者の情報セキュリティ対策の強化に向けた意見',
      '    publisher: 東京商工会議所',
      '    year: 2016',
      'reviewed: 2026-11-27',
      '---',
    ].join('\n');
    await writeFile(file, `${frontmatter}\n${body(index, 1500)}`);
  }
}
