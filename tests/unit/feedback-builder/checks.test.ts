import { describe, expect, it } from 'vitest';
import {
  checkFeedback,
  findWords,
  isConcreteDesired,
  isConcreteImpact,
  LABEL_WORDS,
  mentionsTime,
  questionKind,
  type IssueCode,
} from '../../../src/lib/feedback-builder/checks';
import { blankFeedback, type FeedbackDraft, type FieldKey } from '../../../src/lib/feedback-builder/model';

/** A draft of `kind` with the given fields filled in. */
function draft(
  kind: FeedbackDraft['kind'],
  fields: Partial<Record<FieldKey, string>>,
  advanced = false,
): FeedbackDraft {
  const base = blankFeedback(kind);
  return { ...base, advanced, fields: { ...base.fields, ...fields } };
}

const codes = (d: FeedbackDraft) => checkFeedback(d).map((i) => i.code);

/** A BID that does everything right, to change one field at a time. */
const goodBid = {
  situation: '周二上午那通物流延误的来电里',
  behavior: '客户第三次说「你们就是骗子」时，你回了一句「这又不是我们的问题」',
  impact: '客户随后要求升级，专员多花了四十分钟处理',
  desired: '下次遇到情绪激动的客户，先用安抚话术致歉，再说明物流进度',
};

describe('judging the person instead of the behaviour', () => {
  it.each([
    ['态度差', '你最近态度差，客户都感觉到了', ['态度差']],
    ['不负责', '你对这个工单太不负责了', ['不负责']],
    ['不负责 (longer form)', '你这样做很不负责任', ['不负责']],
    ['懒', '你就是懒，话后小结都不写', ['懒']],
    ['偷懒 (not also 懒)', '下午你又在偷懒', ['偷懒']],
    ['敷衍', '你对客户很敷衍', ['敷衍']],
    ['two labels', '不专业，还马虎', ['不专业', '马虎']],
  ])('flags the label %s in the behaviour', (_, behavior, words) => {
    const issues = checkFeedback(draft('developmental', { ...goodBid, behavior }));
    const label = issues.find((i) => i.code === 'label');
    expect(label?.field).toBe('behavior');
    expect(label?.severity).toBe('warn');
    expect(label?.words?.sort()).toEqual([...words].sort());
    expect(label?.message).toContain(`「${words[0]}」`);
  });

  it.each([
    ['总是', '你总是在通话里打断客户', '总是'],
    ['从来', '你从来不写话后小结', '从来'],
    ['每次都', '你每次都迟到', '每次都'],
    ['老是', '老是转给二线', '老是'],
  ])('flags the absolute %s', (_, behavior, word) => {
    const issue = checkFeedback(draft('developmental', { ...goodBid, behavior })).find(
      (i) => i.code === 'absolute',
    );
    expect(issue?.words).toEqual([word]);
  });

  it.each([
    ['故意', '你是故意挂客户电话的'],
    ['不在乎', '你根本不在乎满意度'],
  ])('flags guessing a motive (%s)', (_, behavior) => {
    expect(codes(draft('developmental', { ...goodBid, behavior }))).toContain('motive');
  });

  it('flags labels in the desired behaviour too', () => {
    expect(
      checkFeedback(
        draft('developmental', { ...goodBid, desired: '下次别再这么不负责，遇到投诉先核实订单' }),
      ).find((i) => i.code === 'label')?.field,
    ).toBe('desired');
  });

  it('leaves a factual description alone', () => {
    expect(codes(draft('developmental', goodBid))).toEqual([]);
  });

  it('lists every label word once and finds none in plain facts', () => {
    expect(new Set(LABEL_WORDS).size).toBe(LABEL_WORDS.length);
    expect(findWords('你在通话第三分钟说了「这又不是我们的问题」', LABEL_WORDS)).toEqual([]);
  });
});

describe('no concrete impact', () => {
  it.each([
    ['客户随后要求升级', true],
    ['这通的质检分少了 8 分', true],
    ['满意度回访给了满分', true],
    ['组里两位新人也开始这么做', true],
    ['多等了三分钟', true],
    ['接通率提升了 5%', true],
    ['影响很不好', false],
    ['后果比较严重', false],
    ['这样不太好', false],
  ])('%j counts as concrete: %s', (impact, concrete) => {
    expect(isConcreteImpact(impact)).toBe(concrete);
    const found = codes(draft('developmental', { ...goodBid, impact }));
    expect(found.includes('vague-impact')).toBe(!concrete);
  });

  it('asks for an impact when there is none', () => {
    const issue = checkFeedback(
      draft('positive', { situation: '昨天下午', behavior: '你把三个方案讲清楚了', impact: '  ' }),
    ).find((i) => i.field === 'impact');
    expect(issue).toMatchObject({ code: 'no-impact', severity: 'todo' });
  });
});

describe('no specific time or situation', () => {
  it.each([
    ['昨天下午那通退款来电', true],
    ['周二上午', true],
    ['14:30 的班前会上', true],
    ['上周的夜班', true],
    ['这个月', true],
    ['三号那张工单', true],
    ['晚上十一点', true],
    ['说话客气一点', false],
    ['处理投诉的时候', false],
    ['平时', false],
    ['', false],
  ])('%j names a time: %s', (situation, named) => {
    expect(mentionsTime(situation)).toBe(named);
  });

  it('flags behaviour with no time in the situation or the behaviour', () => {
    expect(
      codes(draft('developmental', { ...goodBid, situation: '处理投诉的时候', behavior: '你打断了客户' })),
    ).toContain('no-time');
  });

  it('accepts a time given inside the behaviour', () => {
    expect(
      codes(draft('developmental', { ...goodBid, situation: '', behavior: '昨天那通电话你打断了客户两次' })),
    ).not.toContain('no-time');
  });

  it('does not nag about time before anything is written', () => {
    expect(codes(blankFeedback('developmental'))).not.toContain('no-time');
  });
});

describe('vague desired behaviour', () => {
  it.each([
    ['以后注意点', false],
    ['希望你提高服务意识', false],
    ['对客户耐心一些', false],
    ['认真一点', false],
    ['下次遇到情绪激动的客户，先用安抚话术，再说明物流进度', true],
    ['每通电话挂机前复述一遍客户的诉求', true],
    ['本周内把话后处理控制在 60 秒以内', true],
    ['客户说完之前不打断，用「您的意思是……」确认一遍', true],
  ])('%j is concrete: %s', (desired, concrete) => {
    expect(isConcreteDesired(desired)).toBe(concrete);
    expect(codes(draft('developmental', { ...goodBid, desired })).includes('vague-desired')).toBe(!concrete);
  });

  it('asks for a desired behaviour in a BID but not in a BIA', () => {
    expect(codes(draft('developmental', { ...goodBid, desired: '' }))).toContain('no-desired');
    expect(codes(draft('positive', { situation: goodBid.situation }))).not.toContain('no-desired');
  });
});

describe('the steps each model asks for', () => {
  it.each<[string, FeedbackDraft, IssueCode[]]>([
    ['an empty BIA', draft('positive', {}), ['no-behavior', 'no-impact', 'no-appreciation']],
    ['an empty BID', draft('developmental', {}), ['no-behavior', 'no-impact', 'no-desired']],
    [
      'an empty advanced positive',
      draft('positive', {}, true),
      ['no-behavior', 'no-impact', 'no-question', 'no-appreciation'],
    ],
    [
      'an empty advanced developmental',
      draft('developmental', {}, true),
      ['no-intent', 'no-behavior', 'no-impact', 'no-question', 'no-desired', 'no-follow-up'],
    ],
  ])('%s lists what is still to write, in step order', (_, d, expected) => {
    const issues = checkFeedback(d);
    expect(issues.every((i) => i.severity === 'todo')).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(expected);
  });
});

describe('questions in the advanced steps', () => {
  it.each([
    ['你是怎么判断要先让他说完的？', 'open'],
    ['如果重来一次，你觉得哪个点可以换个说法', 'open'],
    ['说说你当时的想法', 'open'],
    ['你当时紧张吗？', 'closed'],
    ['你是不是应该先查订单？', 'leading'],
    ['你怎么又没写小结？', 'leading'],
  ])('%j is %s', (question, kind) => {
    expect(questionKind(question)).toBe(kind);
  });

  it('flags a leading question in 共同探讨', () => {
    const d = draft(
      'developmental',
      { ...goodBid, intent: '想一起找办法', explore: '你是不是应该先道歉？', followUp: '周五一起听两通录音' },
      true,
    );
    expect(codes(d)).toEqual(['leading-question']);
  });

  it('asks for a time to follow up', () => {
    const d = draft(
      'developmental',
      { ...goodBid, intent: '想一起找办法', explore: '你觉得哪里可以换个说法？', followUp: '之后再看看' },
      true,
    );
    expect(codes(d)).toEqual(['follow-up-no-time']);
  });
});

describe('positive feedback', () => {
  it('warns when praise turns into criticism with 但是', () => {
    const d = draft('positive', {
      situation: '昨天下午',
      behavior: '你让客户把话说完',
      impact: '客户撤回了投诉',
      appreciation: '谢谢你，但是话后小结还要写快点',
    });
    expect(codes(d)).toEqual(['sandwich']);
  });

  it('accepts a complete BIA', () => {
    const d = draft('positive', {
      situation: '昨天下午那位要求退款的客户情绪很激动',
      behavior: '你先让他把话说完，再把三个方案一一讲清楚',
      impact: '客户撤回了升级，回访给了满分',
      appreciation: '谢谢你，这种处理方式很专业',
    });
    expect(checkFeedback(d)).toEqual([]);
  });
});
