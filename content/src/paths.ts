/** The one place that turns a lesson id (<topic>/<slug>) into its site path. */
export function lessonPath(id: string): string {
  return `/lessons/${id}/`;
}

/** Site path of a glossary term's entry. */
export function glossaryTermPath(termId: string): string {
  return `/glossary/#${termId}`;
}

/** Site path of a seminar deck's slide view. */
export function deckPath(deckId: string): string {
  return `/decks/${deckId}/`;
}

/** Site path of a figure's PNG (drawn at site build, 1024x768), which the LINE bot shows. */
export function figureImagePath(figureId: string): string {
  return `/figures/${figureId}.png`;
}

/** A figure within a lesson page: its <figure> has the id `fig-<id>` (@mamoru/figures' default). */
export function lessonFigurePath(lessonId: string, figureId: string): string {
  return `${lessonPath(lessonId)}#fig-${figureId}`;
}

/** Site path of a topic's web quiz. */
export function quizPath(setId: string): string {
  return `/quiz/${setId}/`;
}

/** The web quiz of 科目B-style exam items (those with a case). */
export const EXAM_B_SET_ID = 'exam-practice-b';

/** Site path of one 科目B item on a page of its own: case, question, answer (the bot links it). */
export function examItemPath(questionId: string): string {
  return `${quizPath(EXAM_B_SET_ID)}${questionId}/`;
}
