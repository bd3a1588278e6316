import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A join code: 4 digits, longer only when shorter ones keep clashing with active sessions. */
export function newJoinCode(attempt: number): string {
  const digits = attempt < 5 ? 4 : attempt < 10 ? 5 : 6;
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** The presenter's secret: 32 random bytes, never digits only, so it can never be a join code. */
export function newPresenterToken(): string {
  return `lp_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored and compared as SHA-256 digests only. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(secret: string, digest: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(digest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The QR link that opens the bot's chat with 「参加 1234」 typed in (docs: line.md). */
export function joinUrl(basicId: string, code: string): string {
  return `https://line.me/R/oaMessage/${encodeURIComponent(basicId)}/?${encodeURIComponent(`参加 ${code}`)}`;
}

/** The add-friend page of the bot. */
export function addFriendUrl(basicId: string): string {
  return `https://line.me/R/ti/p/${encodeURIComponent(basicId)}`;
}

/** 「参加 1234」 (typed, pasted or from the QR link) -> "1234"; anything else -> undefined. */
export function joinCodeOf(text: string): string | undefined {
  const match = /^参加[\s　]*([0-9]{4,6})$/u.exec(text.normalize('NFKC').trim());
  return match?.[1];
}
