import type { Deck } from '@mamoru/content';

// Characters Windows refuses in a file name; line breaks and tabs collapse to a space below.
const UNSAFE = /[\\/:*?"<>|]/g;

/**
 * The name a downloaded PPTX gets: the deck's title and length, e.g.
 * 「経営者のための情報を守る話_60分.pptx」, so it is found again in a Downloads folder.
 */
export function pptxFileName(deck: Pick<Deck, 'title' | 'durationMinutes'>): string {
  const title = deck.title.replace(UNSAFE, '・').replace(/\s+/g, ' ').trim();
  return `${title}_${deck.durationMinutes}分.pptx`;
}

/** Content-Disposition for the PPTX: the Japanese name (RFC 6266 filename*) and an ASCII fallback. */
export function pptxContentDisposition(deck: Pick<Deck, 'id' | 'title' | 'durationMinutes'>): string {
  return `attachment; filename="${deck.id}.pptx"; filename*=UTF-8''${encodeURIComponent(pptxFileName(deck))}`;
}

export const PPTX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
