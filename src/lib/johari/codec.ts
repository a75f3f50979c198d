/**
 * The codes that travel in links: a request (whose window, which request) and a reply (which
 * traits a peer picked, for which request). Both live in the URL fragment, so the host never
 * sees them, and both are short enough for a chat message.
 *
 * Text form: `jw` + kind (`q` request, `a` reply) + format version + `.` + base64url bytes.
 *   request bytes: request id (4) · name in UTF-8 (1–20 characters) · checksum (3)
 *   reply bytes:   request id (4) · reply id (3) · trait bitset (1–16, no trailing zero byte) · checksum (3)
 * The checksum covers the kind, the version and every byte before it, so a reply is bound to
 * the request it answers and a cut-off or altered code is caught.
 */
import { MAX_NAME_LENGTH, MAX_PICKS, MAX_TRAIT_ID, MIN_PICKS } from './rules';
import {
  checksum24,
  concatBytes,
  fromBase64Url,
  fromUtf8,
  randomBytes,
  toBase64Url,
  uint24Bytes,
  utf8,
} from './bytes';

/** The format this site writes; it reads this one and refuses newer ones. */
export const FORMAT_VERSION = 1;

const REQUEST_ID_BYTES = 4;
const REPLY_ID_BYTES = 3;
const CHECKSUM_BYTES = 3;
const MAX_BITSET_BYTES = (MAX_TRAIT_ID + 1) / 8;

/** What a request link carries. */
export interface JohariRequest {
  /** 6 base64url characters (4 random bytes). */
  requestId: string;
  /** Name or nickname of the person whose window it is. */
  name: string;
}

/** What a reply carries. */
export interface JohariReply {
  /** The request it answers. */
  requestId: string;
  /** 4 base64url characters (3 random bytes): tells two peers' replies apart. */
  replyId: string;
  /** Trait ids the peer picked, ascending. */
  traits: number[];
}

/** Why a code could not be read. */
export type DecodeError =
  | 'empty' // nothing pasted
  | 'foreign' // no code of this exercise in the text
  | 'wrong-kind' // a request where a reply was expected, or the other way round
  | 'newer' // written by a newer version of the site
  | 'mangled' // cut off, mistyped or altered
  | 'bad-count'; // a reply with too few or too many traits

export type Decoded<T> =
  { ok: true; value: T; code: string } | { ok: false; error: DecodeError; code: string };

/** Every code of this exercise in a text, wherever it sits (bare, in a link, amid chat text). */
const CODE_PATTERN = /jw([a-z])(\d{1,3})\.([A-Za-z0-9_-]*)/g;

/** Characters that reorder text around them (bidi marks, embeddings, overrides, isolates). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Trims a name and drops control characters and bidi controls (which could make a name
 * display reversed or spill over the text after it); the result may still be empty or too long.
 */
export function normaliseName(name: string): string {
  return name
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `name` (already normalised) may travel in a request. */
export function isValidName(name: string): boolean {
  const length = [...name].length;
  return length >= 1 && length <= MAX_NAME_LENGTH && name === normaliseName(name);
}

/** A new random request id. */
export function newRequestId(): string {
  return toBase64Url(randomBytes(REQUEST_ID_BYTES));
}

/** A new random reply id. */
export function newReplyId(): string {
  return toBase64Url(randomBytes(REPLY_ID_BYTES));
}

function idBytes(id: string, length: number, what: string): Uint8Array {
  const bytes = fromBase64Url(id);
  if (!bytes || bytes.length !== length) throw new RangeError(`${what} must be ${length} bytes in base64url`);
  return bytes;
}

function seal(kind: 'q' | 'a', body: Uint8Array): string {
  const head = `${kind}${FORMAT_VERSION}`;
  const sum = checksum24(concatBytes(utf8(head), body));
  return `jw${head}.${toBase64Url(concatBytes(body, uint24Bytes(sum)))}`;
}

/** Trait ids as a bitset: bit `id % 8` of byte `id / 8`, trailing zero bytes dropped. */
export function traitsToBitset(traits: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(MAX_BITSET_BYTES);
  for (const id of traits) {
    if (!Number.isInteger(id) || id < 0 || id > MAX_TRAIT_ID)
      throw new RangeError(`trait id out of range: ${id}`);
    bytes[id >> 3]! |= 1 << (id & 7);
  }
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.slice(0, end);
}

/** The trait ids a bitset holds, ascending. */
export function bitsetToTraits(bytes: Uint8Array): number[] {
  const ids: number[] = [];
  bytes.forEach((byte, i) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) ids.push(i * 8 + bit);
  });
  return ids;
}

/** The request code for a link. Throws on an invalid id or name (callers check first). */
export function encodeRequest(request: JohariRequest): string {
  if (!isValidName(request.name)) throw new RangeError('name must be 1–20 characters, trimmed');
  return seal(
    'q',
    concatBytes(idBytes(request.requestId, REQUEST_ID_BYTES, 'requestId'), utf8(request.name)),
  );
}

/** The reply code a peer sends back. Throws on invalid ids or a wrong number of traits. */
export function encodeReply(reply: JohariReply): string {
  const traits = [...new Set(reply.traits)];
  if (traits.length < MIN_PICKS || traits.length > MAX_PICKS)
    throw new RangeError(`a reply holds ${MIN_PICKS}–${MAX_PICKS} traits`);
  return seal(
    'a',
    concatBytes(
      idBytes(reply.requestId, REQUEST_ID_BYTES, 'requestId'),
      idBytes(reply.replyId, REPLY_ID_BYTES, 'replyId'),
      traitsToBitset(traits),
    ),
  );
}

type Opened =
  | { ok: true; kind: string; body: Uint8Array; code: string }
  | { ok: false; error: DecodeError; code: string };

/** Checks the prefix, version, alphabet and checksum of one code (already found in text). */
function open(match: RegExpExecArray): Opened {
  const [code, kind, version, data] = match as unknown as [string, string, string, string];
  if (kind !== 'q' && kind !== 'a') return { ok: false, error: 'foreign', code };
  const v = Number(version);
  if (v > FORMAT_VERSION) return { ok: false, error: 'newer', code };
  if (v !== FORMAT_VERSION) return { ok: false, error: 'mangled', code };
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length <= CHECKSUM_BYTES) return { ok: false, error: 'mangled', code };
  const body = bytes.slice(0, bytes.length - CHECKSUM_BYTES);
  const sum = checksum24(concatBytes(utf8(`${kind}${version}`), body));
  const expected = uint24Bytes(sum);
  const given = bytes.slice(bytes.length - CHECKSUM_BYTES);
  if (expected.some((b, i) => b !== given[i])) return { ok: false, error: 'mangled', code };
  return { ok: true, kind, body, code };
}

function readRequest(body: Uint8Array, code: string): Decoded<JohariRequest> {
  if (body.length <= REQUEST_ID_BYTES) return { ok: false, error: 'mangled', code };
  const name = fromUtf8(body.slice(REQUEST_ID_BYTES));
  if (name === null || !isValidName(name)) return { ok: false, error: 'mangled', code };
  return { ok: true, code, value: { requestId: toBase64Url(body.slice(0, REQUEST_ID_BYTES)), name } };
}

function readReply(body: Uint8Array, code: string): Decoded<JohariReply> {
  const start = REQUEST_ID_BYTES + REPLY_ID_BYTES;
  const bitset = body.slice(start);
  if (bitset.length < 1 || bitset.length > MAX_BITSET_BYTES || bitset[bitset.length - 1] === 0) {
    return { ok: false, error: 'mangled', code };
  }
  const traits = bitsetToTraits(bitset);
  if (traits.length < MIN_PICKS || traits.length > MAX_PICKS) return { ok: false, error: 'bad-count', code };
  return {
    ok: true,
    code,
    value: {
      requestId: toBase64Url(body.slice(0, REQUEST_ID_BYTES)),
      replyId: toBase64Url(body.slice(REQUEST_ID_BYTES, start)),
      traits,
    },
  };
}

/** Every code-shaped piece of a text, in order (a whole pasted chat may hold several). */
export function findCodes(text: string): RegExpExecArray[] {
  return [...String(text).matchAll(CODE_PATTERN)];
}

/** Reads the first code in `text` as whatever it is: a request or a reply. Never throws. */
export function decodeAny(
  text: string,
): Decoded<{ kind: 'request'; request: JohariRequest } | { kind: 'reply'; reply: JohariReply }> {
  try {
    if (!String(text).trim()) return { ok: false, error: 'empty', code: '' };
    const match = findCodes(text)[0];
    if (!match) return { ok: false, error: 'foreign', code: String(text).trim() };
    const opened = open(match);
    if (!opened.ok) return opened;
    if (opened.kind === 'q') {
      const r = readRequest(opened.body, opened.code);
      return r.ok ? { ok: true, code: r.code, value: { kind: 'request', request: r.value } } : r;
    }
    const r = readReply(opened.body, opened.code);
    return r.ok ? { ok: true, code: r.code, value: { kind: 'reply', reply: r.value } } : r;
  } catch {
    // Defensive: nothing above should throw, but a bad code must never break the page.
    return { ok: false, error: 'mangled', code: String(text) };
  }
}

/** Reads a request from a link, a fragment or a bare code. Never throws. */
export function decodeRequest(text: string): Decoded<JohariRequest> {
  const d = decodeAny(text);
  if (!d.ok) return d;
  return d.value.kind === 'request'
    ? { ok: true, code: d.code, value: d.value.request }
    : { ok: false, error: 'wrong-kind', code: d.code };
}

/** Reads a reply from a link or a bare code. Never throws. */
export function decodeReply(text: string): Decoded<JohariReply> {
  const d = decodeAny(text);
  if (!d.ok) return d;
  return d.value.kind === 'reply'
    ? { ok: true, code: d.code, value: d.value.reply }
    : { ok: false, error: 'wrong-kind', code: d.code };
}

/**
 * Reads every reply in a pasted text (links or codes, any separators). Text with no code at
 * all gives one 'empty' or 'foreign' result. Never throws.
 */
export function decodeReplies(text: string): Decoded<JohariReply>[] {
  let matches: RegExpExecArray[];
  try {
    matches = findCodes(text);
  } catch {
    return [{ ok: false, error: 'mangled', code: '' }];
  }
  if (!matches.length) return [decodeReply(text)];
  return matches.map((m) => decodeReply(m[0]));
}
