import type { ChoiceAssessment, LikertAssessment, QuizAssessment } from '../../../src/lib/assessments/types';

const common = { unit: 'communication', intro: ['说明'], shuffle: { items: false, options: false } };
const dim = (id: string, label = id) => ({
  id,
  label,
  description: `${label}说明`,
  advice: [`练习${label}`],
  links: [],
});
const band = (min: number, label: string) => ({ min, label, text: `${label}解读`, links: [] });

/** Four items on two dimensions, one reverse-scored, on a 1–5 scale. */
export const likert: LikertAssessment = {
  ...common,
  kind: 'likert',
  id: 'likert',
  title: '量表',
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}分` })),
  dimensions: [dim('a', '专注'), dim('b', '确认')],
  items: [
    { id: 'i1', text: '题1', dimension: 'a', reverse: false },
    { id: 'i2', text: '题2', dimension: 'a', reverse: true },
    { id: 'i3', text: '题3', dimension: 'b', reverse: false },
    { id: 'i4', text: '题4', dimension: 'b', reverse: false },
  ],
  bands: [band(4, '低'), band(12, '中'), band(17, '高')],
  dimensionBands: [band(1, '需要加强'), band(3, '基本做到'), band(4, '相对优势')],
};

/** Three forced-choice items over three modes. */
export const choice: ChoiceAssessment = {
  ...common,
  kind: 'choice',
  id: 'choice',
  title: '画像',
  dimensions: [dim('x', '竞争'), dim('y', '合作'), dim('z', '回避')],
  items: [
    {
      id: 'c1',
      text: '情境1',
      options: [
        { label: '甲', dimension: 'x' },
        { label: '乙', dimension: 'y' },
      ],
    },
    {
      id: 'c2',
      text: '情境2',
      options: [
        { label: '丙', dimension: 'y' },
        { label: '丁', dimension: 'z' },
      ],
    },
    {
      id: 'c3',
      text: '情境3',
      options: [
        { label: '戊', dimension: 'x' },
        { label: '己', dimension: 'z' },
      ],
    },
  ],
  bands: [],
  dimensionBands: [band(0, '很少用'), band(2, '惯用')],
};

const gaps = [dim('g1', '差距1'), dim('g2', '差距2'), dim('g3', '差距3')];
const gapOptions = gaps.map((g) => ({ label: g.label, dimension: g.id }));

/** Four scenarios whose options are three gaps, shuffled. */
export const quiz: QuizAssessment = {
  ...common,
  kind: 'quiz',
  id: 'quiz',
  title: '测验',
  shuffle: { items: true, options: true },
  dimensions: gaps,
  items: [
    { id: 'q1', text: '情境一', options: gapOptions, answer: 0, explanation: '解析一' },
    { id: 'q2', text: '情境二', options: gapOptions, answer: 1, explanation: '解析二' },
    { id: 'q3', text: '情境三', options: gapOptions, answer: 2, explanation: '解析三' },
    { id: 'q4', text: '情境四', options: gapOptions, answer: 2, explanation: '解析四' },
  ],
  bands: [band(0, '还分不清'), band(3, '基本掌握'), band(4, '全部答对')],
  dimensionBands: [band(0, '容易混淆'), band(100, '完全分清')],
};
