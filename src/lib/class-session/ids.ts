/** Session and participant ids, and how a session travels to phones in a URL fragment. */

/** Letters and digits that cannot be misread off a projector (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * Six random characters (about 9 × 10⁸ values): enough to keep classes and phones apart.
 * Any base-36 id is accepted when read; new ones avoid look-alike characters.
 */
export function randomId(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  // 248 is the largest multiple of 31 up to 256: dropping bytes from 248 keeps every character equally likely.
  let out = '';
  while (out.length < 6) for (const b of random(12)) if (b < 248 && out.length < 6) out += ALPHABET[b % 31];
  return out;
}

export const isId = (text: string) => /^[0-9A-Z]{6}$/.test(text);

/** The fragment that attaches a session: `#class=ABC123`. */
export const sessionFragment = (session: string) => `class=${session}`;

/** The session id in a URL fragment, if any. */
export function sessionFromHash(hash: string): string | undefined {
  const match = /(?:^#?|&)class=([0-9a-z]{6})(?:&|$)/i.exec(hash);
  return match ? match[1]!.toUpperCase() : undefined;
}

/** The unit's reading page with the session attached, as an absolute URL for a QR code. */
export function joinUrl(unitHref: string, session: string | undefined, origin: string): string {
  const url = new URL(unitHref, origin);
  url.hash = session ? sessionFragment(session) : '';
  return url.toString();
}

/** The join link without its scheme, short enough to read off a projector and type in. */
export function shortLink(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
