/**
 * The body of a result code: one activity's answer in the code's alphabet. Kept apart from
 * the code's framing (code.ts) so a lecture poll can keep and restore the phone's own answer
 * without loading the trainer's side of the format.
 */
import { cleanText, MAX_WORD, SCALE_MAX, SCALE_MIN, type Activity, type ActivityResult } from './activities';

const BASE32 = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** UTF-8 bytes written five bits per character. */
export function textToBase32(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The inverse of `textToBase32`; null when the characters are not valid UTF-8 in base 32. */
export function base32ToText(code: string): string | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of code) {
    const value = BASE32.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // Leftover bits are padding and must be zero, or the code was altered.
  if (bits >= 5 || buffer !== 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** The body characters of a result for an activity; throws on a result that does not fit it. */
export function writeBody(activity: Activity, result: ActivityResult): string {
  switch (activity.kind) {
    case 'check':
    case 'quiz':
    case 'poll-choice': {
      if (result.kind !== 'answers' || result.answers.length !== activity.questions.length)
        throw new Error('answers do not fit the activity');
      return result.answers
        .map((a, i) => {
          if (!Number.isInteger(a) || a < 0 || a >= activity.questions[i]!.options.length)
            throw new Error('answer out of range');
          return a.toString(36).toUpperCase();
        })
        .join('');
    }
    case 'poll-scale': {
      const value = result.kind === 'answers' ? result.answers[0] : undefined;
      if (result.kind !== 'answers' || result.answers.length !== 1 || !isScale(value))
        throw new Error('scale answer out of range');
      return String(value);
    }
    case 'likert':
    case 'choice': {
      if (result.kind !== 'values' || result.values.length !== activity.dimensions.length)
        throw new Error('values do not fit the activity');
      return result.values
        .map((v) => {
          const tenths = Math.round(v * 10);
          if (!Number.isFinite(v) || tenths < 0 || tenths >= 1296) throw new Error('value out of range');
          return tenths.toString(36).toUpperCase().padStart(2, '0');
        })
        .join('');
    }
    case 'poll-word': {
      const word = result.kind === 'word' ? cleanText(result.word, MAX_WORD) : '';
      if (!word) throw new Error('empty word');
      return textToBase32(word);
    }
  }
}

const isScale = (v: number | undefined): v is number =>
  v !== undefined && Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX;

/** What a body says about an activity, or null when it cannot be an answer to it. */
export function readBody(activity: Activity, body: string): ActivityResult | null {
  switch (activity.kind) {
    case 'check':
    case 'quiz':
    case 'poll-choice': {
      if (body.length !== activity.questions.length || !/^[0-9A-Z]*$/.test(body)) return null;
      const answers = Array.from(body, (c) => parseInt(c, 36));
      return answers.every((a, i) => a < activity.questions[i]!.options.length)
        ? { kind: 'answers', answers }
        : null;
    }
    case 'poll-scale': {
      const value = Number(body);
      return body.length === 1 && isScale(value) ? { kind: 'answers', answers: [value] } : null;
    }
    case 'likert':
    case 'choice': {
      if (body.length !== activity.dimensions.length * 2 || !/^[0-9A-Z]*$/.test(body)) return null;
      const values: number[] = [];
      for (let i = 0; i < body.length; i += 2) values.push(parseInt(body.slice(i, i + 2), 36) / 10);
      const { min, max } = activity.range;
      return values.every((v) => v >= min && v <= max) ? { kind: 'values', values } : null;
    }
    case 'poll-word': {
      const word = base32ToText(body);
      return word && word === cleanText(word, MAX_WORD) ? { kind: 'word', word } : null;
    }
  }
}
