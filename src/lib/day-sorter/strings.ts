/** Interface text of the day sorter. */
export const t = {
  intro:
    '下面是一位主管一天里做的事。把每件事归入一类：用方向键在选项间切换，或直接点选。全部归类后，会看到这一天的重心落在哪里。',
  taskLegend: (time: string, text: string) => `${time} ${text}`,
  minutes: (m: number) => `约 ${m} 分钟`,
  progress: (sorted: number, total: number) => `已归类 ${sorted} / ${total} 件`,
  progressDone: (total: number) => `${total} 件全部归类完成，看看下面的结果。`,
  resultTitle: '这一天的重心',
  resultPending: (left: number) => `还有 ${left} 件没有归类。全部归类后显示完整的解读。`,
  weightLine: (name: string, percent: number, time: string, count: number) =>
    `${name}：${percent}%（${time}，${count} 件）`,
  chartLabel: '三类工作所占时间的比例',
  heaviest: (name: string) => `时间最多的是「${name}」。`,
  leans: (heavy: string, heavyPercent: number, light: string, lightPercent: number) =>
    `三类都有顾及，但并不平均：「${heavy}」占 ${heavyPercent}%，「${light}」只占 ${lightPercent}%。想一想这样的分配是你有意安排的，还是被当天的事情推着走的。`,
  interpretation: '解读',
  referenceShow: '对照讲师参考',
  referenceHide: '收起讲师参考',
  referenceMatch: (n: number, total: number) =>
    `有 ${n} / ${total} 件和讲师参考的归类相同。参考不是标准答案，有分歧的地方正适合讨论。`,
  referenceLabel: (name: string) => `讲师参考：${name}`,
  same: '与你相同',
  different: '与你不同',
  reset: '清空重来',
  resetDone: '已清空全部归类。',
  undo: '撤销',
  restored: '已恢复之前的归类。',
} as const;
