export { type ChoiceFeedback, choiceFeedback } from './choice-feedback.ts';
export { type Grade, gradeAnswer, isValidPick } from './grade.ts';
export { seededRandom, shuffled } from './random.ts';
export {
  dueQuestionIds,
  nextDueAt,
  type Recall,
  recallOf,
  reviewAfterAnswer,
  scheduleReview,
} from './schedule.ts';
export {
  candidateQuestions,
  countDue,
  examPartOf,
  SESSION_LENGTHS,
  type SelectOptions,
  selectQuestions,
} from './select.ts';
export {
  type AnswerOutcome,
  answerQuestion,
  currentQuestionId,
  findQuestion,
  isFinished,
  type Refusal,
  type StartOptions,
  startSession,
  type ToggleOutcome,
  toggleChoice,
} from './session.ts';
export {
  type Summary,
  summarizeAnswers,
  summarizeSession,
  type TopicScore,
  weakestTopic,
} from './summary.ts';
export type * from './types.ts';
