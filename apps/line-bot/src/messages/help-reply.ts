import type { messagingApi } from '@line/bot-sdk';
import type { Catalog, LessonRef } from '../content/catalog.ts';
import type { Command } from '../conversation/postback.ts';
import { shortTitle } from '../conversation/sets.ts';
import { menuActions } from './commands.ts';
import { button, COLORS, flex, label, type Message, postbackAction, text, uriAction, vbox } from './ui.ts';

/**
 * For a message that sounds like an incident (ウイルス, 乗っ取られた, a link to check, an image):
 * the first steps of 困ったときは, from the content, and a button to that page. The URL is also in
 * the text, for LINE on a PC.
 */
export function firstStepsMessage(catalog: Catalog, intro: string, follow: readonly Command[]): Message {
  const { title, lead, steps, warning } = catalog.firstSteps;
  const stepLines = steps.map((step, i) => `${i + 1}. ${step.do}${step.detail ? step.detail : ''}`);
  const alt = [
    intro,
    `${title}:`,
    ...stepLines,
    warning ?? '',
    `くわしくは「困ったときは」: ${catalog.helpUrl}`,
  ]
    .filter(Boolean)
    .join('\n');
  return flex(
    alt,
    {
      type: 'bubble',
      header: vbox([label(`困ったときは：${title}`, { weight: 'bold', color: '#FFFFFF' })], {
        backgroundColor: COLORS.ng,
      }),
      body: vbox(
        [
          label(intro),
          label(lead, { weight: 'bold', margin: 'md' }),
          ...steps.map((step, i) =>
            label(`${i + 1}. ${step.do}${step.detail ? `\n${step.detail}` : ''}`, { margin: 'sm' }),
          ),
          ...(warning ? [label(warning, { weight: 'bold', color: COLORS.ng, margin: 'md' })] : []),
          label(`相談先はこのページにあります: ${catalog.helpUrl}`, {
            size: 'sm',
            color: COLORS.text,
            margin: 'md',
          }),
        ],
        { spacing: 'sm' },
      ),
      footer: vbox([
        button(uriAction('「困ったときは」を開く', catalog.helpUrl), 'primary', { color: COLORS.ng }),
      ]),
    },
    menuActions(...follow),
  );
}

/** For a topic word or a plain question: the lessons it is about, each with its quiz. */
export function lessonMatchMessage(catalog: Catalog, lessons: readonly LessonRef[]): Message {
  const rows: messagingApi.FlexComponent[] = lessons.flatMap((lesson, i) => [
    label(lesson.title, { weight: 'bold', margin: i === 0 ? 'none' : 'lg' }),
    ...(lesson.summary ? [label(lesson.summary, { size: 'sm', color: COLORS.text })] : []),
    {
      type: 'box',
      layout: 'horizontal',
      spacing: 'sm',
      contents: [
        button(uriAction('読む', catalog.lessonUrl(lesson.id)), 'link', { flex: 1 }),
        button(
          postbackAction('クイズ', { a: 'les', l: lesson.id }, `${shortTitle(lesson.title)}のクイズ`),
          'primary',
          {
            color: COLORS.brand,
            flex: 1,
          },
        ),
      ],
    },
  ]);
  const names = lessons.map((l) => `「${shortTitle(l.title)}のクイズ」`).join('');
  const alt =
    `このレッスンが近そうです。\n${lessons.map((l) => `・${l.title} ${catalog.lessonUrl(l.id)}`).join('\n')}` +
    `\nクイズは ${names} と送っても始められます。`;
  return flex(
    alt,
    {
      type: 'bubble',
      body: vbox([label('このレッスンが近そうです', { size: 'sm', color: COLORS.text }), ...rows], {
        spacing: 'sm',
      }),
    },
    lessons.map((l) =>
      postbackAction(
        `${shortTitle(l.title)}のクイズ`,
        { a: 'les', l: l.id },
        `${shortTitle(l.title)}のクイズ`,
      ),
    ),
  );
}

/** A greeting or thanks gets a polite answer and what to try. */
export function greetingMessage(kind: 'thanks' | 'hello', follow: readonly Command[]): Message {
  const first = kind === 'thanks' ? 'どういたしまして。' : 'こんにちは。まもるです。';
  return text(
    `${first}\n会社の情報を守るコツを、クイズで身につけられます。「クイズ」と送ってみてください。知りたいことば（例：「パスワード」）でも大丈夫です。`,
    menuActions(...follow),
  );
}
