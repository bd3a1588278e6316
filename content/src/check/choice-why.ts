import type { CheckContext } from './context.ts';

/**
 * Every choice of a single or multiple question says why it is right or wrong (`why`), so a learner
 * who picked it reads the reason for their own answer, not only the shared explanation. A truefalse
 * question's explanation already covers both of its choices.
 */
export function checkChoiceWhy(context: CheckContext): void {
  const { content, sources, report } = context;
  for (const question of content.questions) {
    if (question.type === 'truefalse') continue;
    const info = sources.get(question);
    question.choices.forEach((choice, index) => {
      if (choice.why !== undefined) return;
      report({
        file: info?.file ?? '',
        ...(info?.locate(['choices', index]) ?? { line: 1, column: 1 }),
        rule: 'choice-why',
        message: `${question.id} の選択肢 ${index + 1}（${choice.label}）に why（なぜ正しい・まちがいか）がありません`,
      });
    });
  }
}
