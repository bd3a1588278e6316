import type { Question } from '@mamoru/content';

/** How choices are numbered everywhere a deck shows them (slide, notes, PPTX): 1, 2, 3, 4. */
export function choiceNumber(index: number): string {
  return String(index + 1);
}

/** A choice as one line: its label, and its longer wording when there is one. */
export function choiceLine(question: Question, index: number): string {
  const choice = question.choices[index];
  if (!choice) return '';
  return choice.text ? `${choice.label}：${choice.text}` : choice.label;
}

/** "正解：1 経営者" (several for a multiple-answer question). */
export function answerLine(question: Question): string {
  const answers = question.answer.map(
    (index) => `${choiceNumber(index)} ${question.choices[index]?.label ?? ''}`,
  );
  return `正解：${answers.join('、')}`;
}

/** Tells the audience how many to pick, unless the prompt already does (multiple-answer prompts must). */
export function quizInstruction(question: Question): string | undefined {
  if (question.type === 'multiple') {
    return question.prompt.includes('すべて選んで') ? undefined : 'あてはまるものをすべて選んでください';
  }
  return '1つ選んでください';
}
