/** Session and participant ids, and how a session travels to phones in a URL fragment. */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Six random base-36 characters (about 2 × 10⁹ values): enough to keep classes and phones apart. */
export function randomId(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  return Array.from(random(6), (b) => ALPHABET[b % 36]).join('');
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
