import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parseAssessment, loadAssessments } from '../../../src/lib/assessments/load';
import { brokenLinks } from '../../../src/lib/assessments/normalise';
import { scoreAnswers } from '../../../src/lib/assessments/score';
import { exercises } from '../../../src/lib/exercises';
import type { ChoiceAssessment, LikertAssessment, QuizAssessment } from '../../../src/lib/assessments/types';

const root = join(import.meta.dirname, '../../../content');
const read = (id: string) =>
  JSON.parse(readFileSync(join(root, 'assessments', `${id}.json`), 'utf8')) as Record<string, unknown>;
const all = loadAssessments();
const byId = (id: string) => all.find((a) => a.id === id)!;

/** Heading ids of each lecture, slugged the way the built pages are (checked against dist by hand). */
function lectureHeadings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of readdirSync(join(root, 'lectures')).filter((f) => f.endsWith('.mdx'))) {
    const slugger = new GithubSlugger();
    const text = readFileSync(join(root, 'lectures', file), 'utf8');
    out[file.replace(/\.mdx$/, '')] = [...text.matchAll(/^#{2,4} (.+)$/gm)].map((m) =>
      slugger.slug(m[1]!.trim()),
    );
  }
  return out;
}

/** Parses a copy of a data file with one change made by `edit`. */
function broken(id: string, edit: (data: any) => void): string {
  const data = read(id);
  edit(data);
  try {
    parseAssessment(`content/assessments/${id}.json`, JSON.stringify(data));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the data to be rejected');
}

describe('the assessment data files', () => {
  it('are all valid and each is placed by an exercise id', () => {
    expect(all.map((a) => a.id).sort()).toEqual(['conflict-test', 'gap-quiz', 'listening-test']);
    for (const a of all) expect(exercises[a.id as keyof typeof exercises]?.unit).toBe(a.unit);
  });

  it('link only to sections that exist in the lectures', () => {
    const headings = lectureHeadings();
    expect(headings.communication).toContain('3f倾听法');
    for (const a of all) expect(brokenLinks(a, headings), a.id).toEqual([]);
  });

  it('reports a link to a missing section with the field and the unit', () => {
    const problems = brokenLinks(byId('listening-test'), { communication: ['如何有效倾听'] });
    expect(problems[0]).toMatch(
      /^字段 dimensions\.0\.links\.1\.section：单元「communication」里没有 id 为「聽字的含义」的小节/,
    );
    expect(brokenLinks(byId('gap-quiz'), {})[0]).toMatch(/没有名为「review」的单元/);
  });
});

describe('the listening self-test', () => {
  const test = byId('listening-test') as LikertAssessment;

  it('has about twenty 1–5 items spread over the five listening dimensions, some reverse-scored', () => {
    expect(test.kind).toBe('likert');
    expect(test.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(test.items.length).toBeGreaterThanOrEqual(18);
    expect(test.items.length).toBeLessThanOrEqual(24);
    expect(test.dimensions.map((d) => d.id)).toEqual([
      'attention',
      'empathy',
      'restraint',
      'confirm',
      'composure',
    ]);
    for (const d of test.dimensions)
      expect(test.items.filter((i) => i.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(3);
  });

  it('reverse-scores exactly two items of every dimension', () => {
    for (const d of test.dimensions)
      expect(test.items.filter((i) => i.dimension === d.id && i.reverse).length, d.id).toBe(2);
  });

  it('puts no frequency word inside an item, since the scale already asks how often', () => {
    const frequency = /总是|经常|常常|通常|往往|很少|从不|有时|偶尔|习惯|容易|每次|都能/;
    for (const i of test.items) {
      expect(i.text, i.id).not.toMatch(frequency);
      expect(i.other, i.id).not.toMatch(frequency);
    }
  });

  it('words every item for a colleague rating the learner (他/她……)', () => {
    expect(test.otherIntro?.length).toBeGreaterThan(0);
    for (const i of test.items) {
      expect(i.other, i.id).toContain('他/她');
      expect(i.other, i.id).not.toMatch(/我/);
    }
  });

  it('cuts its bands evenly over the range and names no level of Covey’s', () => {
    const lowest = test.items.length;
    const highest = test.items.length * 5;
    const edges = [...test.bands.map((b) => b.min), highest + 1];
    for (let i = 0; i < test.bands.length; i++)
      expect(edges[i + 1]! - edges[i]!, test.bands[i]!.label).toBeLessThanOrEqual((highest - lowest) * 0.3);
    const words = [...test.bands, ...test.dimensionBands].map((b) => `${b.label}${b.text}`).join('');
    expect(words).not.toMatch(/听而不闻|假装在听|选择性倾听|专注倾听|同理心倾听|相对优势/);
    const dimEdges = test.dimensionBands.map((b) => b.min);
    expect(dimEdges[0]).toBe(1);
    for (let i = 1; i < dimEdges.length; i++)
      expect(dimEdges[i]! - dimEdges[i - 1]!).toBeLessThanOrEqual(1.5);
  });

  it('has bands that cover every possible total', () => {
    expect(test.bands[0]!.min).toBe(test.items.length);
    expect(
      scoreAnswers(test, Object.fromEntries(test.items.map((i) => [i.id, i.reverse ? 1 : 5]))).score,
    ).toBe(test.items.length * 5);
  });

  it('ties its advice to 3F倾听法, the levels of listening and 二级反馈法', () => {
    const sections = new Set(
      [...test.dimensions, ...test.bands].flatMap((x) => x.links.map((l) => l.section)),
    );
    for (const section of ['3f倾听法', '倾听的层次', '二级反馈法']) expect(sections).toContain(section);
  });
});

describe('the conflict-handling self-test', () => {
  const test = byId('conflict-test') as ChoiceAssessment;

  it('profiles the five Thomas–Kilmann modes, each offered equally often', () => {
    expect(test.dimensions.map((d) => d.label)).toEqual(['竞争', '合作', '妥协', '回避', '迁就']);
    const counts = test.dimensions.map(
      (d) => test.items.filter((i) => i.options.some((o) => o.dimension === d.id)).length,
    );
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThanOrEqual(6);
  });

  it('pairs every mode with every other mode', () => {
    const pairs = new Set(
      test.items.map((i) =>
        i.options
          .map((o) => o.dimension)
          .sort()
          .join('+'),
      ),
    );
    expect(pairs.size).toBe(10);
  });

  it('offers two acceptable acts in every pair, with no condition built into an option', () => {
    for (const item of test.items)
      for (const o of item.options)
        expect(o.label, item.id).not.toMatch(/的话[，,]|如果|只要|万一|事情不大|发现自己/);
  });

  it('tells the learner that the profile ranks their own habits only', () => {
    expect(test.intro.join('')).toMatch(/不能拿来和别人比/);
  });

  it('says when each mode fits and what overusing it risks', () => {
    for (const d of test.dimensions) {
      expect(d.advice.length, d.id).toBeGreaterThanOrEqual(2);
      expect(d.caution, d.id).toBeTruthy();
    }
  });
});

describe('the five-gap quiz', () => {
  const quiz = byId('gap-quiz') as QuizAssessment;
  const names = ['认知差距', '标准差距', '执行差距', '承诺差距', '顾客差距'];

  it('offers the five gaps of the model, in order, as the options', () => {
    expect(quiz.dimensions.map((d) => d.label)).toEqual(names.map((n, i) => `差距${i + 1} ${n}`));
    expect(quiz.shuffle).toEqual({ items: true, options: true });
  });

  it('has at least twelve scenarios, with every gap the answer at least twice', () => {
    expect(quiz.items.length).toBeGreaterThanOrEqual(12);
    for (const [i] of names.entries())
      expect(quiz.items.filter((item) => item.answer === i).length).toBeGreaterThanOrEqual(2);
  });

  const raw = read('gap-quiz') as { items: { id: string; alsoPresent?: string }[] };
  const alsoPresent = new Map(raw.items.map((i) => [i.id, i.alsoPresent]));

  it('explains each answer by the gap the key names, and by no other but a second gap it names', () => {
    for (const item of quiz.items) {
      expect(item.explanation, item.id).toContain(names[item.answer]);
      const second = alsoPresent.get(item.id);
      for (const [i, other] of names.entries())
        if (i !== item.answer && second !== `gap${i + 1}`)
          expect(item.explanation, item.id).not.toContain(other);
      if (second) expect(item.explanation, item.id).toContain(names[Number(second.slice(3)) - 1]);
    }
  });

  it('has three or more scenarios with two gaps, where the root is not the first thing said', () => {
    const twoGap = quiz.items.filter((i) => alsoPresent.get(i.id));
    expect(twoGap.length).toBeGreaterThanOrEqual(3);
    for (const item of twoGap) expect(item.text, item.id).toMatch(/根源/);
  });

  it('never calls a gap with every internal link working a customer gap', () => {
    for (const item of quiz.items.filter((i) => i.answer === 4))
      expect(item.text, item.id).not.toMatch(/符合公司的服务标准|没有哪条对外承诺落空/);
  });

  it('gives every gap its remedies', () => {
    for (const d of quiz.dimensions) expect(d.advice.length, d.id).toBeGreaterThanOrEqual(3);
  });
});

describe('a broken data file stops the build with the file and the field named', () => {
  it.each<[string, string, (d: any) => void, RegExp]>([
    [
      'listening-test',
      'an item on an unknown dimension',
      (d) => (d.items[3].dimension = 'listen'),
      /字段 items\.3\.dimension：没有 id 为「listen」的维度/,
    ],
    [
      'listening-test',
      'reverse that is not true/false',
      (d) => (d.items[0].reverse = 'yes'),
      /字段 items\.0\.reverse：reverse 应为 true 或 false/,
    ],
    [
      'listening-test',
      'an empty statement',
      (d) => (d.items[2].text = ' '),
      /字段 items\.2\.text：题目（text）不能为空/,
    ],
    [
      'listening-test',
      'bands out of order',
      (d) => (d.bands[2].min = 30),
      /字段 bands\.2\.min：各档的 min 应从低到高排列/,
    ],
    [
      'listening-test',
      'a first band above the lowest total',
      (d) => (d.bands[0].min = 30),
      /字段 bands\.0\.min：第一档应从可能的最低分 20 开始/,
    ],
    [
      'listening-test',
      'a repeated item id',
      (d) => (d.items[5].id = 'l01'),
      /字段 items\.5\.id：题目 id「l01」重复了/,
    ],
    [
      'conflict-test',
      'two options of one mode',
      (d) => (d.items[0].options[1].dimension = d.items[0].options[0].dimension),
      /字段 items\.0\.options：同一题的选项应属于不同的维度/,
    ],
    [
      'gap-quiz',
      'an answer that is not a gap',
      (d) => (d.items[4].answer = 'gap6'),
      /字段 items\.4\.answer：没有 id 为「gap6」的维度/,
    ],
    ['gap-quiz', 'an unknown kind', (d) => (d.kind = 'survey'), /字段 kind：kind 只能是 likert/],
    [
      'gap-quiz',
      'a missing explanation',
      (d) => delete d.items[0].explanation,
      /字段 items\.0\.explanation：需要填写解析/,
    ],
    [
      'gap-quiz',
      'an id that differs from the file name',
      (d) => (d.id = 'gap-test'),
      /字段 id：应与文件名一致，即「gap-quiz」/,
    ],
  ])('%s: %s', (id, _what, edit, message) => {
    const text = broken(id, edit);
    expect(text).toContain(`content/assessments/${id}.json`);
    expect(text).toMatch(message);
  });

  it('says so when the file is not JSON at all', () => {
    expect(() => parseAssessment('content/assessments/x.json', '{ "id": ')).toThrow(
      /content\/assessments\/x\.json 不是有效的 JSON/,
    );
  });
});
