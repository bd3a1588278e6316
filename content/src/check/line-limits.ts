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
 * Postback data the bot is assumed to send for an answer tap: a 12-character session id, the
 * question id and the choice index (`a=<session>&q=<id>&c=<index>`).
 */
export function answerPostbackData(questionId: string, choiceIndex: number): string {
  return `a=${'x'.repeat(12)}&q=${questionId}&c=${choiceIndex}`;
}
