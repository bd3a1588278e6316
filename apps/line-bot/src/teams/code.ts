/** Crockford's base32: no I, L, O, U, so a code read aloud or typed by hand is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 10 characters of 5 bits: 50 bits of randomness. */
export const CODE_LENGTH = 10;
export const CODE_BYTES = 7;

/** An invite code from at least 7 random bytes (the caller injects the random source). */
export function inviteCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < CODE_BYTES)
    throw new Error(`inviteCodeFrom: needs ${CODE_BYTES} random bytes, got ${bytes.length}`);
  let bits = 0n;
  for (const byte of bytes.subarray(0, CODE_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
}

/** What a person typed, as a code: width, case, spaces and hyphens do not matter; O/I/L read as 0/1/1. */
export function normalizeCode(typed: string): string | undefined {
  const code = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-ー]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}
