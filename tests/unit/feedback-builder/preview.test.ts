import { describe, expect, it } from 'vitest';
import { blankFeedback, type FeedbackDraft, type FieldKey } from '../../../src/lib/feedback-builder/model';
import { finishSentence, previewParts, previewText } from '../../../src/lib/feedback-builder/preview';
import { feedbackMarkdown } from '../../../src/lib/feedback-builder/export';

function draft(
  kind: FeedbackDraft['kind'],
  fields: Partial<Record<FieldKey, string>>,
  extra: Partial<FeedbackDraft> = {},
): FeedbackDraft {
  const base = blankFeedback(kind);
  return { ...base, ...extra, fields: { ...base.fields, ...fields } };
}

describe('finishing a sentence', () => {
  it.each([
    ['谢谢你', false, '谢谢你。'],
    ['谢谢你！', false, '谢谢你！'],
    ['你是怎么想的', true, '你是怎么想的？'],
    ['先致歉，', false, '先致歉。'],
    ['  ', false, ''],
  ])('%j becomes %j', (text, question, expected) => {
    expect(finishSentence(text, question)).toBe(expected);
  });
});

describe('the preview of what the manager says', () => {
  const bia = draft(
    'positive',
    {
      situation: '昨天下午那位要求退款的客户情绪很激动。',
      behavior: '你先让他把话说完',
      impact: '客户撤回了投诉升级',
      appreciation: '谢谢你，这种处理方式很专业',
    },
    { recipient: '小陈' },
  );

  it('joins situation and behaviour into one sentence and addresses the person', () => {
    expect(previewParts(bia)).toEqual([
      { mark: 'B', name: '行为', text: '小陈，昨天下午那位要求退款的客户情绪很激动，你先让他把话说完。' },
      { mark: 'I', name: '影响', text: '客户撤回了投诉升级。' },
      { mark: 'A', name: '欣赏', text: '谢谢你，这种处理方式很专业。' },
    ]);
  });

  it('follows the five advanced steps of developmental feedback in order', () => {
    const d = draft(
      'developmental',
      {
        intent: '今天想一起看看那通电话',
        behavior: '你回了一句「这又不是我们的问题」',
        impact: '客户要求升级',
        explore: '如果重来一次，你会在哪里换个说法',
        desired: '先致歉再说明进度',
        followUp: '周五一起听两通录音',
      },
      { advanced: true },
    );
    expect(previewParts(d).map((p) => p.mark)).toEqual(['1', '2', '3', '4', '5']);
    expect(previewText(d)).toBe(
      '今天想一起看看那通电话。你回了一句「这又不是我们的问题」。客户要求升级。如果重来一次，你会在哪里换个说法？先致歉再说明进度。周五一起听两通录音。',
    );
  });

  it('leaves out steps that are still empty', () => {
    expect(previewParts(draft('developmental', { impact: '客户多等了五分钟' })).map((p) => p.mark)).toEqual([
      'I',
    ]);
    expect(previewText(blankFeedback())).toBe('');
  });

  it('keeps fields of the other kind out of the preview', () => {
    const d = draft('positive', { behavior: '你主动补录了工单', desired: '不会出现' });
    expect(previewText(d)).not.toContain('不会出现');
  });
});

describe('the Markdown export', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const d = draft(
    'developmental',
    { situation: '周二上午', behavior: evil, impact: '客户要求升级', desired: '以后注意' },
    { recipient: '阿梅' },
  );

  it('names the model, the person and the title', () => {
    const md = feedbackMarkdown(d, { title: '阿梅的话后处理' });
    expect(md.startsWith('# 反馈稿：阿梅的话后处理\n')).toBe(true);
    expect(md).toContain('- 类型：BID 建设性反馈');
    expect(md).toContain('- 对象：阿梅');
    expect(md).toContain('### D 期望');
  });

  it('shows learner HTML literally', () => {
    const md = feedbackMarkdown(d, { title: evil });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('carries the self-check', () => {
    expect(feedbackMarkdown(d, { title: 't' })).toMatch(/【需要注意】期望还不够具体/);
  });

  it('marks the example as an example', () => {
    expect(feedbackMarkdown(d, { title: 't', example: true })).toContain('**示例**');
    expect(feedbackMarkdown(d, { title: 't' })).not.toContain('示例');
  });
});
