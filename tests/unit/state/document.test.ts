import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  decodeFor,
  encodeValue,
  readEnvelopeTime,
  readValue,
  type DocType,
} from '../../../src/lib/state/document';
import { SafeStorage } from '../../../src/lib/state/storage';
import { notices } from '../../../src/lib/state/notices';
import { noticeText } from '../../../src/lib/state/notice-messages';
import { FakeStorage } from './fake-storage';

/** A kind of record at version 2, whose version 1 stored a plain string list. */
const notesType: DocType<{ items: { text: string }[] }> = {
  label: '笔记',
  version: 2,
  schema: z.object({ items: z.array(z.object({ text: z.string() })) }),
  migrations: { 1: (d) => ({ items: (d as string[]).map((text) => ({ text })) }) },
  initial: () => ({ items: [] }),
};

const env = (v: number, d: unknown, t = 1) => JSON.stringify({ v, t, d });

afterEach(() => notices.set([]));

describe('readValue', () => {
  it.each([
    ['nothing stored', null, 'empty'],
    ['broken JSON', '{"v":2,', 'corrupt'],
    ['a value without a version', JSON.stringify({ items: [] }), 'corrupt'],
    ['a value that fails validation', env(2, { items: [{ text: 3 }] }), 'corrupt'],
    ['a version with no migration path', env(0, {}), 'corrupt'],
    ['a value from a newer site', env(3, { anything: true }), 'newer'],
    ['a current value', env(2, { items: [{ text: '甲' }] }), 'ok'],
  ])('reads %s as %s', (_, raw, status) => {
    expect(readValue(notesType, raw).status).toBe(status);
  });

  it('migrates version 1 to the current shape', () => {
    const result = readValue(notesType, env(1, ['先倾听', '再回应']));
    expect(result).toMatchObject({
      status: 'ok',
      migrated: true,
      value: { items: [{ text: '先倾听' }, { text: '再回应' }] },
    });
  });

  it('round-trips what it encodes', () => {
    const value = { items: [{ text: '<img src=x onerror=alert(1)>' }] };
    expect(readValue(notesType, encodeValue(notesType, value, 5))).toEqual({
      status: 'ok',
      value,
      t: 5,
      migrated: false,
    });
  });
});

describe('readEnvelopeTime', () => {
  it('reads the time of a value this site wrote, and of one written in another field order', () => {
    expect(readEnvelopeTime(encodeValue(notesType, { items: [{ text: 'a' }] }, 1234))).toBe(1234);
    expect(readEnvelopeTime(JSON.stringify({ d: [], t: 99, v: 1 }))).toBe(99);
  });

  it('gives null for nothing, for text that is not JSON and for a value without a time', () => {
    expect(readEnvelopeTime(null)).toBeNull();
    expect(readEnvelopeTime('{"v":1,"t":')).toBeNull();
    expect(readEnvelopeTime('not json')).toBeNull();
    expect(readEnvelopeTime(JSON.stringify({ v: 1, d: [] }))).toBeNull();
    expect(readEnvelopeTime(JSON.stringify({ v: 1, t: 'yesterday', d: [] }))).toBeNull();
  });
});

describe('decoding a stored value for a store', () => {
  it('backs up a corrupt value verbatim, starts fresh and tells the learner', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    const decode = decodeFor(notesType, 'cs-course:ex:notes', storage);
    expect(decode('{"v":2,"d":oops')).toEqual({ items: [] });
    expect(backend.getItem('cs-course:backup:ex:notes')).toBe('{"v":2,"d":oops');
    expect(notices.get()).toHaveLength(1);
    expect(noticeText(notices.get()[0]!)).toContain('已原样备份');
  });

  it('keeps a second backup beside the first', () => {
    const storage = new SafeStorage(new FakeStorage());
    const decode = decodeFor(notesType, 'cs-course:ex:notes', storage);
    decode('first');
    decode('second');
    expect(storage.getItem('cs-course:backup:ex:notes')).toBe('first');
    expect(storage.getItem('cs-course:backup:ex:notes:2')).toBe('second');
  });

  it('holds a value from a newer version so nothing overwrites it', () => {
    const backend = new FakeStorage();
    const newer = env(9, { future: true });
    backend.setItem('cs-course:ex:notes', newer);
    const storage = new SafeStorage(backend);
    decodeFor(notesType, 'cs-course:ex:notes', storage)(newer);
    storage.setItem('cs-course:ex:notes', encodeValue(notesType, { items: [] }));
    expect(backend.getItem('cs-course:ex:notes')).toBe(newer);
    expect(noticeText(notices.get()[0]!)).toContain('更新版本');
  });

  it('holds a corrupt value it could not back up', () => {
    const storage = new SafeStorage(() => {
      throw new Error('private mode');
    });
    decodeFor(notesType, 'cs-course:ex:notes', storage)('garbage');
    expect(storage.isHeld('cs-course:ex:notes')).toBe(true);
    expect(noticeText(notices.get()[0]!)).toContain('没能备份');
  });
});
