/**
 * textlint settings for lesson and deck text. The readers are owners (often over 60) and part-time
 * clerks, so the bar is stricter than the preset's defaults for engineers. Every change from
 * textlint-rule-preset-ja-technical-writing says why.
 */

/** Options per preset rule; `false` turns a rule off. Rules not named keep the preset's setting. */
export const presetRuleOptions: Record<string, boolean | Record<string, unknown>> = {
  // One idea per sentence; 公用文作成の考え方 asks to check from 50-60 characters. 80 is our ceiling.
  'sentence-length': { max: 80 },
  // Kanji runs over 6 are hard to read, but official names cannot be shortened.
  'max-kanji-continuous-len': {
    max: 6,
    allow: [
      '東京商工会議所',
      '情報処理推進機構',
      '個人情報保護法',
      '個人情報保護委員会',
      '中小企業診断士',
      '情報処理安全確保支援士',
      '不正競争防止法',
      '事業継続計画',
      '中小企業庁',
      '独立行政法人',
      '都道府県警察',
      '警察庁',
      '国家資格',
    ],
  },
  // です・ます throughout, also in bullet points: the preset expects である in lists (for specs).
  'no-mix-dearu-desumasu': {
    preferInHeader: '',
    preferInBody: 'ですます',
    preferInList: 'ですます',
    strict: false,
  },
  // Quiz-like questions to the reader (「どうしますか？」) are part of the teaching style.
  'no-exclamation-question-mark': { allowFullWidthQuestion: true, allowFullWidthExclamation: false },
  // Headings and short list items are phrases, and in decks MDX components such as <Slide> come
  // through the MDX plugin as paragraphs of their own, so a missing 。 there is no mistake.
  'ja-no-mixed-period': false,
  // 「〜かもしれません」 is honest about risk in this material (a backup may fail); keep it allowed.
  'ja-no-weak-phrase': false,
};
