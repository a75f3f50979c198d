/** Byte helpers for the link codec: base64url, UTF-8 and a short checksum, with no DOM. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Encodes bytes as base64url without padding (safe in a URL fragment and in chat). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]!;
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

/**
 * Decodes unpadded base64url. Returns null for any character outside the alphabet, an
 * impossible length, or unused trailing bits that are not zero (a sign of a cut-off code).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const values: number[] = [];
  for (const ch of text) {
    const v = LOOKUP.get(ch);
    if (v === undefined) return null;
    values.push(v);
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const [a, b, c, d] = [values[i]!, values[i + 1]!, values[i + 2], values[i + 3]];
    out.push(((a << 2) | (b >> 4)) & 255);
    if (c === undefined) {
      if (b & 15) return null;
      break;
    }
    out.push(((b << 4) | (c >> 2)) & 255);
    if (d === undefined) {
      if (c & 3) return null;
      break;
    }
    out.push(((c << 6) | d) & 255);
  }
  return Uint8Array.from(out);
}

/** FNV-1a over the bytes, cut to 24 bits: catches typos, cut-offs and codes from elsewhere. */
export function checksum24(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Fold the top byte in so all 32 bits count.
  return ((hash >>> 24) ^ hash) & 0xffffff;
}

/** The three bytes of a 24-bit number, high byte first. */
export function uint24Bytes(n: number): number[] {
  return [(n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** Joins byte arrays. */
export function concatBytes(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Text as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-8 bytes as text, or null when they are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Random bytes from the platform's cryptographic generator. */
export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
