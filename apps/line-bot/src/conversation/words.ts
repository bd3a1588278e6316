import { COMMAND_WORDS } from '../messages/commands.ts';
import { fold } from './fold.ts';
import { COMMANDS, type Command } from './postback.ts';

/**
 * Everyday words for each command, besides its button word (COMMAND_WORDS). Compared after fold(),
 * so hiragana, katakana and half-width forms of each are covered without listing them.
 */
const SYNONYMS: Record<Command, readonly string[]> = {
  quiz: [
    'quiz',
    'クイズをする',
    'クイズがしたい',
    'クイズしたい',
    'クイズをしたい',
    '問題',
    'もんだい',
    'テスト',
  ],
  resume: ['つづき', '続きから', '続ける', '続きをする'],
  review: ['ふくしゅう', '復習する'],
  exam: ['しけんたいさく', '試験', 'しけん', '試験の練習'],
  score: ['せいせき', '点数', 'てんすう', '結果'],
  lessons: ['きょうざい', 'レッスン', '教科書', 'サイト'],
  help: ['へるぷ', 'help', '使い方', 'つかいかた', 'メニュー', 'できること', '何ができる', 'なにができる'],
  delete: [
    '削除',
    'さくじょ',
    'データさくじょ',
    '消して',
    '消す',
    'けして',
    '退会',
    'たいかい',
    'データを消す',
    'データを消して',
    '記録を消す',
    '記録を消して',
    '全部消して',
  ],
  daily: ['まいにち', '毎日1問'],
};

const COMMAND_BY_WORD = new Map<string, Command>(
  COMMANDS.flatMap((command) =>
    [COMMAND_WORDS[command], ...SYNONYMS[command]].map((word): [string, Command] => [fold(word), command]),
  ),
);

/** The command a whole message names (クイズ, くいず, ｸｲｽﾞ, 削除, 使い方 ...), if any. */
export function commandOf(folded: string): Command | undefined {
  return COMMAND_BY_WORD.get(folded);
}

/**
 * Words that mean "something may have gone wrong": the reply is the first steps of 困ったときは.
 * Stems, so 乗っ取られた / 乗っ取り and 怪しい / 怪しいメール all match.
 */
const EMERGENCY_WORDS = [
  'ウイルス',
  'ウィルス',
  '感染',
  '乗っ取',
  '乗っと',
  'のっと',
  '身代金',
  'ランサム',
  '怪し',
  'あやし',
  '開いてしまっ',
  '開いちゃっ',
  'ひらいてしまっ',
  'ひらいちゃっ',
  '押してしまっ',
  '押しちゃっ',
  'クリックしてしまっ',
  'クリックしちゃっ',
  '助けて',
  'たすけて',
  '相談',
  '困った',
  'こまった',
  '漏れ',
  'もれた',
  '漏洩',
  '流出',
  '不正アクセス',
  'ハッキング',
  '詐欺',
  'だまされ',
  '騙され',
  '被害',
].map(fold);

/** A web address in a message: someone asking whether a link is safe. */
export function hasLink(text: string): boolean {
  return /(?:https?:\/\/|www\.)\S/i.test(text.normalize('NFKC'));
}

/** True when a message asks for help with an incident (or carries a link to check). */
export function isEmergency(text: string): boolean {
  const folded = fold(text);
  return hasLink(text) || EMERGENCY_WORDS.some((word) => folded.includes(word));
}

const THANKS = ['ありがとう', 'サンキュー', 'thanks', 'thank you', '助かりました'].map(fold);
const GREETINGS = [
  'こんにちは',
  'こんばんは',
  'おはよう',
  'はじめまして',
  'よろしく',
  'どうも',
  'もしもし',
].map(fold);
const SHORT_GREETINGS = new Set(['hello', 'hi', 'やあ'].map(fold));

/** A greeting or thanks (the whole message starts with one), for a polite answer. */
export function greetingOf(folded: string): 'thanks' | 'hello' | undefined {
  if (THANKS.some((word) => folded.startsWith(word))) return 'thanks';
  if (SHORT_GREETINGS.has(folded) || GREETINGS.some((word) => folded.startsWith(word))) return 'hello';
  return undefined;
}

/** Words that ask for a quiz inside a longer message (「メールのクイズ」, 「パスワードの問題をやりたい」). */
const QUIZ_WORDS = ['クイズ', 'テスト', '問題', 'もんだい', '練習'].map(fold);

export function asksForQuiz(folded: string): boolean {
  return QUIZ_WORDS.some((word) => folded.includes(word));
}
