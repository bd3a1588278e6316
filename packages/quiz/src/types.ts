/** The shapes the engine works on. Structural, so content.json objects fit without conversion. */

export type QuestionType = 'single' | 'multiple' | 'truefalse';

export interface QuizChoice {
  label: string;
  text?: string | undefined;
  /** Why this choice is right or wrong; shown next to the learner's own answer. */
  why?: string | undefined;
}

export interface QuizQuestion {
  id: string;
  topic: string;
  /** Lesson id (<topic>/<slug>) that teaches the answer. */
  lesson: string;
  type: QuestionType;
  prompt: string;
  choices: readonly QuizChoice[];
  /** Zero-based indexes of the right choices. */
  answer: readonly number[];
  explanation: string;
  difficulty: 1 | 2 | 3;
  /** Present only on exam-practice questions. */
  examArea?: string | undefined;
  /** 科目B-style exam items: the short company case the prompt refers to. */
  case?: string | undefined;
  /** Id of a figure the explanation talks about; the bot shows its picture (/figures/<id>.png). */
  figure?: string | undefined;
}

/** The two parts of the 情報セキュリティマネジメント試験: A (knowledge) and B (a case, then judgement). */
export type ExamPart = 'A' | 'B';

export interface QuizBank {
  questions: readonly QuizQuestion[];
  /** Lesson ids of each track, in curriculum order. */
  tracks: { owner: readonly string[]; staff: readonly string[] };
}

export type TrackId = 'owner' | 'staff';

/** Where a session's questions come from. */
export type SessionSource =
  | { kind: 'topic'; topic: string }
  | { kind: 'track'; track: TrackId }
  | { kind: 'exam'; part?: ExamPart | undefined }
  | { kind: 'review' };

/** One recorded answer. Times are ISO 8601 strings so the whole state is JSON. */
export interface AnswerRecord {
  questionId: string;
  choices: number[];
  correct: boolean;
  at: string;
}

/** A quiz session: plain JSON, safe to store and to send to a browser. */
export interface Session {
  id: string;
  source: SessionSource;
  questionIds: string[];
  /** Answers in order; the current question is questionIds[answers.length]. */
  answers: AnswerRecord[];
  /** Choices toggled so far on the current multiple-answer question. */
  draft: number[];
  startedAt: string;
}

/** ts-fsrs card state with dates as ISO strings (JSON-safe). */
export interface ReviewCard {
  questionId: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  lastReview?: string | undefined;
  /** How the last answer went; a right answer after a wrong one counts as shaky. */
  lastRecall?: 'again' | 'shaky' | 'good' | undefined;
}

/** Review cards of one learner, keyed by question id. */
export type ReviewDeck = Record<string, ReviewCard>;
