/** Labels of the unit frame boxes (开始之前 / 回到岗位), shared by the reading and presenter views. */
export const frameUi = {
  beforeTitle: '开始之前',
  beforeMinutes: (minutes: number) => `约 ${minutes} 分钟`,
  backTitle: '回到岗位',
  deliverable: '交付',
  due: '期限',
} as const;
