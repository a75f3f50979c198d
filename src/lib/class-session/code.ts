/**
 * The result code a trainee's phone shows and the trainer's laptop reads (camera or chat
 * paste). One format, versioned and checksummed, made only of 0-9, A-Z, `.` and `-` so it
 * fits QR alphanumeric mode, survives chat apps, and can be found inside a chat log:
 *
 *   KT1-<session>-<participant>-<activity>-<fingerprint>-<body>-<nickname>-<check>
 *
 * - `KT1`: magic and format version.
 * - session, participant: six base-36 characters each.
 * - activity: the activity id upper-cased with `-` written as `.`.
 * - fingerprint: two characters of the activity's structure (see activities.ts).
 * - body: one base-36 character per answer; two per dimension value (value × 10); or the
 *   UTF-8 of a one-word answer in base 32 (0-9A-V).
 * - nickname: optional, UTF-8 in base 32; empty when not given.
 * - check: four base-36 characters of FNV-1a over everything before it.
 */
import {
  cleanText,
  fingerprint,
  fnv1a,
  MAX_NICKNAME,
  type Activity,
  type ActivityResult,
} from './activities';
import { base32ToText, readBody, textToBase32, writeBody } from './body';

export { base32ToText, readBody, textToBase32, writeBody };

export const CODE_PREFIX = 'KT';
export const CODE_VERSION = 1;
/** Longest code the format allows; a QR of this many alphanumeric characters scans from a phone. */
export const MAX_CODE_LENGTH = 200;
const ID_PATTERN = /^[0-9A-Z]{6}$/;

/** What one code says, once read and checked. */
export interface ResultCode {
  session: string;
  participant: string;
  activityId: string;
  fingerprint: string;
  /** The body as written: decoded against the activity by `readBody`. */
  body: string;
  nickname: string;
}

export type RejectReason = 'format' | 'version' | 'checksum' | 'session' | 'activity' | 'course' | 'body';

export type ParseResult = { ok: true; code: ResultCode } | { ok: false; reason: RejectReason };

/** Four base-36 characters of the checksum of `text`. */
export function checksum(text: string): string {
  return (fnv1a(text) % 36 ** 4).toString(36).toUpperCase().padStart(4, '0');
}

const activityToField = (id: string) => id.toUpperCase().replace(/-/g, '.');
const fieldToActivity = (field: string) => field.toLowerCase().replace(/\./g, '-');

export interface CodeInput {
  session: string;
  participant: string;
  activity: Activity;
  result: ActivityResult;
  nickname?: string | undefined;
}

/** Writes the result code of one trainee's result. */
export function encodeCode({ session, participant, activity, result, nickname = '' }: CodeInput): string {
  if (!ID_PATTERN.test(session) || !ID_PATTERN.test(participant))
    throw new Error('bad session or participant id');
  const nick = cleanText(nickname, MAX_NICKNAME);
  const head = [
    `${CODE_PREFIX}${CODE_VERSION}`,
    session,
    participant,
    activityToField(activity.id),
    fingerprint(activity),
    writeBody(activity, result),
    nick ? textToBase32(nick) : '',
  ].join('-');
  const code = `${head}-${checksum(head)}`;
  if (code.length > MAX_CODE_LENGTH) throw new Error('code too long');
  return code;
}

/**
 * Reads a code's fields and checks its checksum. Knows nothing of sessions or activities
 * (see `checkCode`); never throws, whatever the text.
 */
export function parseCode(text: string): ParseResult {
  const code = text.trim().toUpperCase();
  if (code.length > MAX_CODE_LENGTH + 20 || !code.startsWith(CODE_PREFIX))
    return { ok: false, reason: 'format' };
  const version = /^KT(\d+)-/.exec(code);
  if (!version) return { ok: false, reason: 'format' };
  if (Number(version[1]) !== CODE_VERSION) return { ok: false, reason: 'version' };
  const parts = code.split('-');
  if (parts.length !== 8) return { ok: false, reason: parts.length < 8 ? 'checksum' : 'format' };
  const [, session, participant, activity, print, body, nick, check] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const head = parts.slice(0, 7).join('-');
  if (check !== checksum(head)) return { ok: false, reason: 'checksum' };
  if (!ID_PATTERN.test(session) || !ID_PATTERN.test(participant) || !/^[0-9A-Z.]+$/.test(activity))
    return { ok: false, reason: 'format' };
  if (!/^[0-9A-Z]{2}$/.test(print)) return { ok: false, reason: 'format' };
  const nickname = nick ? base32ToText(nick) : '';
  if (nickname === null) return { ok: false, reason: 'format' };
  return {
    ok: true,
    code: {
      session,
      participant,
      activityId: fieldToActivity(activity),
      fingerprint: print,
      body,
      nickname: cleanText(nickname, MAX_NICKNAME),
    },
  };
}

/** A code read and checked against the session and the activities it can answer. */
export interface CheckedCode extends ResultCode {
  result: ActivityResult;
}

export type CheckResult = { ok: true; code: CheckedCode } | { ok: false; reason: RejectReason };

/** Parses a code and checks it belongs to `session` and fits one of `activities`. */
export function checkCode(text: string, session: string, activities: readonly Activity[]): CheckResult {
  const parsed = parseCode(text);
  if (!parsed.ok) return parsed;
  const { code } = parsed;
  if (code.session !== session) return { ok: false, reason: 'session' };
  const activity = activities.find((a) => a.id === code.activityId);
  if (!activity) return { ok: false, reason: 'activity' };
  if (fingerprint(activity) !== code.fingerprint) return { ok: false, reason: 'course' };
  const result = readBody(activity, code.body);
  if (!result) return { ok: false, reason: 'body' };
  return { ok: true, code: { ...code, result } };
}
