import type { Question } from '../schemas/question.ts';
import { graphemeLength } from '../schemas/question.ts';
import { TOPICS } from '../schemas/topics.ts';
import type { CheckContext } from './context.ts';
import { answerPostbackData, BOT_POSTBACK_ID_MAX, LINE_LIMITS } from './line-limits.ts';

/**
 * A quiz question as a Flex bubble, shaped like the bot's (prompt, choice texts, one postback
 * button per choice), to measure its JSON size against LINE's 30 KB bubble limit.
 */
function quizBubble(question: Question): object {
  return {
    type: 'bubble',
    body: {
      type: 'box',
      layout: 'vertical',
      contents: [
        { type: 'text', text: question.prompt, wrap: true, weight: 'bold', size: 'md' },
        ...question.choices.map((choice, index) => ({
          type: 'text',
          text: `${index + 1}. ${choice.text ?? choice.label}`,
          wrap: true,
          size: 'sm',
        })),
      ],
    },
    footer: {
      type: 'box',
      layout: 'vertical',
      spacing: 'sm',
      contents: question.choices.map((choice, index) => ({
        type: 'button',
        style: 'secondary',
        height: 'sm',
        action: {
          type: 'postback',
          label: choice.label,
          data: answerPostbackData(question.id, index),
          displayText: choice.label,
        },
      })),
    },
  };
}

/** Every text the bot sends from content fits LINE's limits. */
export function checkChannelLimits(context: CheckContext): void {
  const { content, sources, report } = context;
  for (const question of content.questions) {
    const info = sources.get(question);
    const at = (path: PropertyKey[]) => ({
      file: info?.file ?? '',
      ...(info?.locate(path) ?? { line: 1, column: 1 }),
    });
    question.choices.forEach((choice, index) => {
      if (graphemeLength(choice.label) > LINE_LIMITS.label) {
        report({
          ...at(['choices', index, 'label']),
          rule: 'line-label',
          message: `label が LINE のボタンの ${LINE_LIMITS.label} 文字を超えます`,
        });
      }
    });
    const data = answerPostbackData(question.id, question.choices.length - 1);
    if (data.length > LINE_LIMITS.postbackData || question.id.length > BOT_POSTBACK_ID_MAX) {
      report({
        ...at(['id']),
        rule: 'line-postback',
        message: `id（${question.id.length} 文字）が長すぎます。回答ボタンの postback data に入るよう ${BOT_POSTBACK_ID_MAX} 文字以内にしてください（LINE の上限 ${LINE_LIMITS.postbackData} 文字）`,
      });
    }
    if (question.prompt.length > LINE_LIMITS.altText) {
      report({
        ...at(['prompt']),
        rule: 'line-alt-text',
        message: `prompt が Flex の altText の ${LINE_LIMITS.altText} 文字を超えます`,
      });
    }
    const bytes = Buffer.byteLength(JSON.stringify(quizBubble(question)));
    if (bytes > LINE_LIMITS.flexBubbleBytes) {
      report({
        ...at(['prompt']),
        rule: 'line-flex-size',
        message: `問題の Flex バブルが ${bytes} バイトで LINE の ${LINE_LIMITS.flexBubbleBytes} バイトを超えます`,
      });
    }
    const answerText = `正解は「${question.answer.map((i) => question.choices[i]?.label ?? '').join('」「')}」です。\n${question.explanation}`;
    if (answerText.length > LINE_LIMITS.text) {
      report({
        ...at(['explanation']),
        rule: 'line-text',
        message: `解説のメッセージが LINE の ${LINE_LIMITS.text} 文字を超えます`,
      });
    }
  }
  for (const lesson of content.lessons) {
    const text = [
      lesson.title,
      lesson.summary,
      ...lesson.takeaways.map((line) => `・${line}`),
      lesson.path,
    ].join('\n');
    if (text.length > LINE_LIMITS.text) {
      report({
        file: lesson.file,
        line: 2,
        column: 1,
        rule: 'line-text',
        message: `レッスンの紹介メッセージが LINE の ${LINE_LIMITS.text} 文字を超えます`,
      });
    }
    if (graphemeLength(lesson.title) > LINE_LIMITS.flexLabel) {
      const info = sources.get(lesson);
      report({
        file: lesson.file,
        ...(info?.locate(['title']) ?? { line: 2, column: 1 }),
        rule: 'line-label',
        message: `title が Flex のボタンの ${LINE_LIMITS.flexLabel} 文字を超えます`,
      });
    }
  }
  for (const term of content.glossary) {
    const text = `${term.term}（${term.reading}）\n${term.plain}${term.more ? `\n${term.more}` : ''}`;
    if (text.length > LINE_LIMITS.text) {
      const info = sources.get(term);
      report({
        file: info?.file ?? '',
        ...(info?.locate(['more']) ?? { line: 1, column: 1 }),
        rule: 'line-text',
        message: `用語の説明メッセージが LINE の ${LINE_LIMITS.text} 文字を超えます`,
      });
    }
  }
  for (const topic of TOPICS) {
    // Topics are quick-reply labels in the bot's menu; they live in code, so a failure names the file.
    if (graphemeLength(topic.title) > LINE_LIMITS.label) {
      report({
        file: 'content/src/schemas/topics.ts',
        line: 1,
        column: 1,
        rule: 'line-label',
        message: `トピック ${topic.id} の title が ${LINE_LIMITS.label} 文字を超えます`,
      });
    }
  }
}
