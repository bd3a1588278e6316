import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a training-record link works: long enough to open and print, short if forwarded. */
export const RECORD_TOKEN_TTL_MS = 15 * 60_000;

/**
 * The key that signs record links, derived from the channel secret (which every instance has and
 * nobody else does); the label keeps it apart from LINE's own use of that secret.
 */
export const recordTokenKey = (channelSecret: string): Buffer =>
  createHmac('sha256', channelSecret).update('mamoru/team-record-token/v1').digest();

/** What a record link proves: this team, this owner, until this time. */
export interface RecordGrant {
  teamId: string;
  /** A keyed hash of the owner's user key: the link names no user in clear. */
  ownerTag: string;
  expiresAt: number;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const mac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** The owner's user key as it appears in a link (and as the route compares it). */
export const ownerTagOf = (key: Buffer, ownerKey: string): string =>
  b64(mac(key, `owner\n${ownerKey}`).subarray(0, 16));

/** A link token for the owner of one team, valid RECORD_TOKEN_TTL_MS from `now`. */
export function signRecordToken(key: Buffer, teamId: string, ownerKey: string, now: number): string {
  const grant: RecordGrant = {
    teamId,
    ownerTag: ownerTagOf(key, ownerKey),
    expiresAt: now + RECORD_TOKEN_TTL_MS,
  };
  const body = b64(JSON.stringify({ t: grant.teamId, o: grant.ownerTag, e: grant.expiresAt }));
  return `${body}.${b64(mac(key, body))}`;
}

export type TokenCheck = { ok: true; grant: RecordGrant } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks the signature first (timing-safe), then the shape, then the time. */
export function verifyRecordToken(key: Buffer, token: string | undefined, now: number): TokenCheck {
  const invalid = { ok: false, reason: 'invalid' } as const;
  const [body, signature, extra] = (token ?? '').split('.');
  if (!body || !signature || extra !== undefined || token === undefined || token.length > 512) return invalid;
  const expected = mac(key, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const { t, o, e } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof t !== 'string' || typeof o !== 'string' || typeof e !== 'number') return invalid;
  if (now >= e) return { ok: false, reason: 'expired' };
  return { ok: true, grant: { teamId: t, ownerTag: o, expiresAt: e } };
}
