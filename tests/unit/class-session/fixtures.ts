import type {
  Activity,
  DimensionsActivity,
  QuestionsActivity,
  ScaleActivity,
  WordActivity,
} from '../../../src/lib/class-session';

/** A small course's activities, as the collector of one unit would know them. */
export const check: QuestionsActivity = {
  kind: 'check',
  id: 'check-learning',
  title: '知识检查',
  questions: [
    { id: 'q1', prompt: '学习力包括哪三项？', options: ['甲', '乙', '丙'], answer: 1 },
    { id: 'q2', prompt: '第二题', options: ['甲', '乙', '丙', '丁'], answer: 3 },
  ],
};
export const listening: DimensionsActivity = {
  kind: 'likert',
  id: 'listening-test',
  title: '倾听能力自测',
  dimensions: [
    { id: 'attention', label: '专注' },
    { id: 'empathy', label: '同理' },
  ],
  range: { min: 1, max: 5 },
};
export const conflict: DimensionsActivity = {
  kind: 'choice',
  id: 'conflict-test',
  title: '冲突应对',
  dimensions: [
    { id: 'competing', label: '竞争' },
    { id: 'avoiding', label: '回避' },
    { id: 'accommodating', label: '迁就' },
  ],
  range: { min: 0, max: 20 },
};
export const scale: ScaleActivity = {
  kind: 'poll-scale',
  id: 'learning-confidence',
  title: '信心',
  prompt: '你有多大信心？',
  ends: ['没有', '很有'],
};
export const word: WordActivity = {
  kind: 'poll-word',
  id: 'learning-word',
  title: '一个词',
  prompt: '用一个词形容',
};
export const activities: Activity[] = [check, listening, conflict, scale, word];
