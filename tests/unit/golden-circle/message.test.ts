import { describe, expect, it } from 'vitest';
import { insideOut, messageText, outsideIn } from '../../../src/lib/golden-circle/message';
import { charCount, RING_LIMITS, ringAdvice } from '../../../src/lib/golden-circle/advice';

const circle = { why: '让客户打一次就安心', how: '一次讲清时限', what: '质检表加一项' };

describe('saying it inside out', () => {
  it('orders the usual message What → How → Why', () => {
    expect(outsideIn(circle).map((p) => p.ring)).toEqual(['what', 'how', 'why']);
  });

  it('orders the inspiring message Why → How → What', () => {
    expect(insideOut(circle).map((p) => p.ring)).toEqual(['why', 'how', 'what']);
  });

  it('joins the parts into one paragraph that starts with the Why', () => {
    expect(messageText(insideOut(circle))).toBe(
      '我们为什么做这件事：让客户打一次就安心。所以我们会这样做：一次讲清时限。具体来说，要做的是：质检表加一项。',
    );
  });

  it('does not add a full stop after text that already ends with punctuation', () => {
    expect(messageText(insideOut({ ...circle, why: '安心！', how: '', what: '' }))).toBe(
      '我们为什么做这件事：安心！',
    );
  });

  it('leaves out rings that are not written yet and joins line breaks', () => {
    expect(messageText(outsideIn({ why: '', how: '', what: '第一行\n第二行' }))).toBe(
      '要做的是：第一行 第二行。',
    );
  });

  it('keeps learner text as plain text', () => {
    expect(messageText(insideOut({ why: '<img src=x onerror=alert(1)>', how: '', what: '' }))).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('gentle guidance', () => {
  it.each([
    ['why', '', 'empty'],
    ['how', '   ', 'empty'],
    ['why', '为了满意度达到 95%', 'metric'],
    ['why', '完成 KPI', 'metric'],
    ['why', '让客户安心', undefined],
    ['what', '质检表加一项', undefined],
  ] as const)('%s = %j gives %s', (ring, text, kind) => {
    expect(ringAdvice({ ...circle, [ring]: text }, ring)[0]?.kind).toBe(kind);
  });

  it('says when a ring is longer than suggested, with the count', () => {
    const long = '很'.repeat(RING_LIMITS.why + 5);
    const advice = ringAdvice({ ...circle, why: long }, 'why');
    expect(advice.map((a) => a.kind)).toEqual(['long']);
    expect(advice[0]!.message).toContain(`${RING_LIMITS.why + 5} 字`);
  });

  it('notices a How that repeats the What', () => {
    expect(ringAdvice({ ...circle, how: '质检表 加一项' }, 'how').map((a) => a.kind)).toEqual(['same']);
  });

  it('counts Chinese characters and emoji as one each', () => {
    expect(charCount(' 安心😀 ')).toBe(3);
  });
});
