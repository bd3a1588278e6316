/**
 * LINE Messaging API limits that content must fit (LINE's API reference and OpenAPI files; see
 * the bot's notes). Lengths: labels in grapheme clusters, the rest in UTF-16 code units.
 */
export const LINE_LIMITS = {
  /** Quick reply and template button labels. */
  label: 20,
  /** Button labels inside a Flex message. */
  flexLabel: 40,
  postbackData: 300,
  text: 5000,
  altText: 1500,
  /** Bytes of one Flex bubble's JSON. */
  flexBubbleBytes: 30_000,
} as const;

/**
 * Postback data the bot sends for an answer tap, as apps/line-bot encodes it
 * (conversation/postback.ts): `a=ans&s=<session id>&q=<question id>&c=<choice index>`, with a
 * 12-character session id assumed here.
 */
export function answerPostbackData(questionId: string, choiceIndex: number): string {
  return `a=ans&s=${'x'.repeat(12)}&q=${questionId}&c=${choiceIndex}`;
}

/** The bot's postback parser accepts ids of at most 64 characters (apps/line-bot conversation/postback.ts). */
export const BOT_POSTBACK_ID_MAX = 64;
