/** Every exercise a unit can place with `<Exercise id="…" />`, with where it lives. */
export const exercises = {
  'day-sorter': { unit: 'intro', title: '一线经理的一天' },
  'golden-circle': { unit: 'learning', title: '黄金圈' },
  swot: { unit: 'swot', title: 'SWOT 自我扫描' },
  'goal-worksheet': { unit: 'goals', title: '目标设定与分解' },
  'gap-quiz': { unit: 'review', title: '服务质量五大差距测验' },
  'review-worksheet': { unit: 'review', title: '复盘工作表' },
  'listening-test': { unit: 'communication', title: '倾听能力自测' },
  'conflict-test': { unit: 'communication', title: '沟通冲突应对能力自测' },
  johari: { unit: 'communication', title: '沟通视窗' },
  'feedback-builder': { unit: 'communication', title: '教练式反馈' },
  'grow-planner': { unit: 'coaching', title: 'GROW 辅导面谈计划' },
} as const;

export type ExerciseId = keyof typeof exercises;
export const exerciseIds = Object.keys(exercises) as ExerciseId[];
