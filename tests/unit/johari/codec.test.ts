import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bitsetToTraits,
  decodeAny,
  decodeReplies,
  decodeReply,
  decodeRequest,
  encodeReply,
  encodeRequest,
  newReplyId,
  newRequestId,
  traitsToBitset,
} from '../../../src/lib/johari/codec';
import { fromBase64Url, toBase64Url } from '../../../src/lib/johari/bytes';
import { shareLink } from '../../../src/lib/johari/share';

const request = { requestId: 'AbC-_w', name: '王小明' };
const reply = { requestId: 'AbC-_w', replyId: 'x_Y-', traits: [0, 7, 8, 31, 55] };

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it.each([['a'], ['ab=c'], ['a b'], ['AB'], ['中文']])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeNull();
  });
});

describe('trait bitset', () => {
  it('round-trips sets of ids 0–127 and drops trailing zero bytes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 127 }), { maxLength: 20 }), (ids) => {
        const bytes = traitsToBitset(ids);
        expect(bitsetToTraits(bytes)).toEqual([...ids].sort((a, b) => a - b));
        if (bytes.length) expect(bytes[bytes.length - 1]).not.toBe(0);
      }),
    );
  });

  it('refuses an id it cannot carry', () => {
    expect(() => traitsToBitset([128])).toThrow(RangeError);
    expect(() => traitsToBitset([-1])).toThrow(RangeError);
  });
});

describe('request codes', () => {
  it('round-trips a request, in a bare code and inside a link', () => {
    const code = encodeRequest(request);
    expect(code).toMatch(/^jwq1\.[A-Za-z0-9_-]+$/);
    expect(decodeRequest(code)).toEqual({ ok: true, code, value: request });
    const link = shareLink(code, 'https://training.example.com', '/x/y/');
    expect(link).toBe(`https://training.example.com/x/y/johari/#${code}`);
    expect(decodeRequest(link)).toMatchObject({ ok: true, value: request });
  });

  it('round-trips random ids and names', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
          .map((s) =>
            s
              .replace(/\p{Cc}/gu, '')
              .replace(/\s+/g, ' ')
              .trim(),
          )
          .filter((s) => s.length > 0 && [...s].length <= 20),
        (id, name) => {
          const value = { requestId: toBase64Url(id), name };
          expect(decodeRequest(encodeRequest(value))).toMatchObject({ ok: true, value });
        },
      ),
    );
  });

  it('is short enough for a chat message', () => {
    const longest = encodeRequest({ requestId: newRequestId(), name: '客'.repeat(20) });
    expect(shareLink(longest, 'https://training.example.com', '/course/').length).toBeLessThan(160);
  });

  it.each([
    ['an empty name', { requestId: 'AbC-_w', name: '' }],
    ['a name of 21 characters', { requestId: 'AbC-_w', name: '客'.repeat(21) }],
    ['an untrimmed name', { requestId: 'AbC-_w', name: ' 王 ' }],
    ['a short request id', { requestId: 'AbC', name: '王' }],
  ])('refuses to encode %s', (_, value) => {
    expect(() => encodeRequest(value)).toThrow(RangeError);
  });
});

describe('reply codes', () => {
  it('round-trips a reply, bound to its request', () => {
    const code = encodeReply(reply);
    expect(code).toMatch(/^jwa1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThanOrEqual(40);
    expect(decodeReply(code)).toEqual({ ok: true, code, value: reply });
  });

  it('round-trips random replies of 5–8 traits', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        fc.uint8Array({ minLength: 3, maxLength: 3 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 127 }), { minLength: 5, maxLength: 8 }),
        (req, rep, traits) => {
          const value = {
            requestId: toBase64Url(req),
            replyId: toBase64Url(rep),
            traits: [...traits].sort((a, b) => a - b),
          };
          expect(decodeReply(encodeReply(value))).toMatchObject({ ok: true, value });
        },
      ),
    );
  });

  it('makes random ids of the right length', () => {
    expect(newRequestId()).toMatch(/^[A-Za-z0-9_-]{6}$/);
    expect(newReplyId()).toMatch(/^[A-Za-z0-9_-]{4}$/);
  });

  it.each([[[1, 2, 3, 4]], [[1, 2, 3, 4, 5, 6, 7, 8, 9]]])(
    'refuses to encode %j (wrong number of traits)',
    (traits) => {
      expect(() => encodeReply({ ...reply, traits })).toThrow(RangeError);
    },
  );

  it('a reply to another request carries that request id', () => {
    const other = encodeReply({ ...reply, requestId: 'zzzzzw' });
    expect(decodeReply(other)).toMatchObject({ ok: true, value: { requestId: 'zzzzzw' } });
  });
});

describe('bad input', () => {
  const good = encodeReply(reply);
  const cut = good.slice(0, -3);
  const flipped = good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
  const altered = good.replace(/\.(.)/, (_, c: string) => `.${c === 'x' ? 'y' : 'x'}`);

  it.each([
    ['nothing', '', 'empty'],
    ['spaces', '   \n ', 'empty'],
    ['chat text without a code', '好的，我填完了！', 'foreign'],
    ['a link to another site', 'https://example.com/page#section', 'foreign'],
    ['a code of an unknown kind', 'jwz1.AAAAAAAAAA', 'foreign'],
    ['a request where a reply is expected', encodeRequest(request), 'wrong-kind'],
    ['a code from a newer version', 'jwa2.AAAAAAAAAAAAAAAA', 'newer'],
    ['a code cut off at the end', cut, 'mangled'],
    ['a code with its last character changed', flipped, 'mangled'],
    ['a code with its first character changed', altered, 'mangled'],
    ['a code with only the prefix', 'jwa1.', 'mangled'],
    ['an old version', 'jwa0.AAAAAAAAAAAAAAAA', 'mangled'],
  ])('rejects %s', (_, text, error) => {
    expect(decodeReply(text)).toMatchObject({ ok: false, error });
  });

  it('rejects a well-sealed reply with too few traits', () => {
    // Build a sealed code by hand with four traits: the codec refuses to write one.
    const encoded = encodeReply(reply);
    expect(decodeReply(encoded).ok).toBe(true);
    const fourTraits = sealReplyForTest([1, 2, 3, 4]);
    expect(decodeReply(fourTraits)).toMatchObject({ ok: false, error: 'bad-count' });
  });

  it('rejects a request whose name is not valid UTF-8', () => {
    expect(decodeRequest(sealRequestBytesForTest([0xff, 0xfe]))).toMatchObject({
      ok: false,
      error: 'mangled',
    });
  });

  it('never throws and never accepts random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => decodeAny(text)).not.toThrow();
        expect(() => decodeReplies(text)).not.toThrow();
        expect(decodeReply(text).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and (almost) never accepts random codes with our prefix', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('jwa1.', 'jwq1.'),
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
          maxLength: 40,
        }),
        (prefix, body) => {
          const result = decodeAny(prefix + body);
          if (result.ok) accepted++;
        },
      ),
      { numRuns: 3000 },
    );
    // A 24-bit checksum lets about one in 16 million through.
    expect(accepted).toBe(0);
  });

  it('catches every single-character change of a good code', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const body = good.slice('jwa1.'.length);
    for (let i = 0; i < body.length; i++) {
      for (const ch of alphabet) {
        if (ch === body[i]) continue;
        const changed = `jwa1.${body.slice(0, i)}${ch}${body.slice(i + 1)}`;
        expect(decodeReply(changed).ok, changed).toBe(false);
      }
    }
  });

  it('catches every truncation of a good code', () => {
    for (let end = 0; end < good.length; end++) expect(decodeReply(good.slice(0, end)).ok).toBe(false);
  });
});

describe('several replies pasted at once', () => {
  it('finds every code in chat text, links and bare codes alike', () => {
    const a = encodeReply(reply);
    const b = encodeReply({ ...reply, replyId: 'BBBB', traits: [1, 2, 3, 4, 5, 6] });
    const text = `小李：${shareLink(a, 'https://t.example', '/')}\n小张：${b}。谢谢！`;
    const results = decodeReplies(text);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results.map((r) => r.code)).toEqual([a, b]);
  });

  it('reports text without any code once', () => {
    expect(decodeReplies('收到，稍后发你')).toEqual([
      { ok: false, error: 'foreign', code: '收到，稍后发你' },
    ]);
  });
});

// Test helpers that seal bytes the public encoders refuse to write.
import { checksum24, concatBytes, uint24Bytes, utf8 } from '../../../src/lib/johari/bytes';

function seal(kind: 'q' | 'a', body: Uint8Array): string {
  const sum = checksum24(concatBytes(utf8(`${kind}1`), body));
  return `jw${kind}1.${toBase64Url(concatBytes(body, uint24Bytes(sum)))}`;
}

function sealReplyForTest(traits: number[]): string {
  return seal('a', concatBytes(fromBase64Url('AbC-_w')!, fromBase64Url('x_Y-')!, traitsToBitset(traits)));
}

function sealRequestBytesForTest(nameBytes: number[]): string {
  return seal('q', concatBytes(fromBase64Url('AbC-_w')!, nameBytes));
}

describe('the code format, pinned', () => {
  // Links already sent to colleagues must keep working: a change to the alphabet, the
  // byte layout or the checksum must fail here, not in a learner's inbox.
  const REQUEST_CODE = 'jwq1.AbC-_-eOi-Wwj-aYjl6FSg';
  const REPLY_CODE = 'jwa1.AbC-_8f2PoEBAIAAAIBjWGM';

  it('writes the same request and reply codes as every earlier build', () => {
    expect(encodeRequest(request)).toBe(REQUEST_CODE);
    expect(encodeReply(reply)).toBe(REPLY_CODE);
  });

  it('reads the codes earlier builds wrote', () => {
    expect(decodeRequest(REQUEST_CODE)).toMatchObject({ ok: true, value: request });
    expect(decodeReply(REPLY_CODE)).toMatchObject({ ok: true, value: reply });
  });
});
