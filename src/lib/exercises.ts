/**
 * Every exercise a unit can place with `<Exercise id="…" />`: the wrapper component in
 * src/components/exercises/<component>.astro that hydrates its island, the unit it belongs
 * to, the title 我的学习 shows, and how it is stored: a draft the learner edits, or a
 * history of attempts (self-tests and quizzes).
 */
export const exercises = {
  'day-sorter': { stores: 'draft', component: 'DaySorter', unit: 'intro', title: '一线经理的一天' },
  'golden-circle': { stores: 'draft', component: 'GoldenCircle', unit: 'learning', title: '黄金圈' },
  swot: { stores: 'draft', component: 'SwotMatrix', unit: 'swot', title: 'SWOT 自我扫描' },
  'goal-worksheet': { stores: 'draft', component: 'GoalWorksheet', unit: 'goals', title: '目标设定与分解' },
  'gap-quiz': { stores: 'attempts', component: 'GapQuiz', unit: 'review', title: '服务质量五大差距测验' },
  'review-worksheet': { stores: 'draft', component: 'ReviewWorksheet', unit: 'review', title: '复盘工作表' },
  'listening-test': {
    stores: 'attempts',
    component: 'ListeningTest',
    unit: 'communication',
    title: '倾听能力自测',
  },
  'conflict-test': {
    stores: 'attempts',
    component: 'ConflictTest',
    unit: 'communication',
    title: '沟通冲突应对能力自测',
  },
  johari: { stores: 'draft', component: 'JohariWindow', unit: 'communication', title: '沟通视窗' },
  'feedback-builder': {
    stores: 'draft',
    component: 'FeedbackBuilder',
    unit: 'communication',
    title: '教练式反馈',
  },
  'grow-planner': { stores: 'draft', component: 'GrowPlanner', unit: 'coaching', title: 'GROW 辅导面谈计划' },
} as const;

export type ExerciseId = keyof typeof exercises;
export const exerciseIds = Object.keys(exercises) as ExerciseId[];
