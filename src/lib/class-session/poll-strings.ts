/** Interface text of a poll on the trainee's page (kept apart so a poll does not load the collector's text). */
export const strings = {
  kicker: '课堂投票',
  submit: '提交',
  missing: '请先作答再提交。',
  done: '✓ 已记下你的回答。',
  change: '修改回答',
  wordLabel: (max: number) => `一个词（最多 ${max} 个字）`,
  roomResults: '课堂结果',
} as const;
