import type { Ring } from './record';

/** Interface text of the golden-circle builder, in one place. */
export const strings = {
  heading: '我的黄金圈',
  intro:
    '选一个真实的主题（一项工作任务、团队的方向或你自己的学习），依次写下 What、How、Why，再看看由内而外地说出来有什么不同。内容会自动保存在本机。',
  sheetsHeading: '我的黄金圈列表',
  noun: '黄金圈',
  newName: '我的黄金圈',
  untitled: '未命名黄金圈',
  examplePrefix: '示例：',
  exampleNotice: '这是课程提供的示例，仅供参考。可以直接改，也可以新建一个自己的黄金圈对照着写。',
  orderNote: '按课堂上的步骤：先写 What，再写 How，最后写 Why。',
  promptsLabel: '可以问自己',
  advicePrefix: '提示：',
  counter: (count: number, limit: number) => `${count} / 建议 ${limit} 字以内`,
  diagramLabel: { why: 'Why', how: 'How 怎么做', what: 'What 做什么' } satisfies Record<Ring, string>,
  ringName: { why: 'Why 为什么', how: 'How 怎么做', what: 'What 做什么' } satisfies Record<Ring, string>,
  ringShort: { why: 'Why', how: 'How', what: 'What' } satisfies Record<Ring, string>,
  ringZh: { why: '为什么', how: '怎么做', what: '做什么' } satisfies Record<Ring, string>,
  ringHint: {
    why: '目的、信念和初心',
    how: '方法、原则和与众不同之处',
    what: '具体的产品、服务和行动',
  } satisfies Record<Ring, string>,
  diagramTitle: (name: string) =>
    `「${name}」的黄金圈图示：Why 在圆心，How 在中间，What 在外圈。完整文字见旁边的列表。`,
  diagramEmpty: '（空）',
  fullTextHeading: '圆环里的完整文字',
  notWritten: '还没写',
  truncatedNote: '圆环里只显示了开头',
  compareHeading: '由内而外地说出来',
  compareIntro: '同样三句话，换个顺序，听的人感受完全不同。试着按「由内而外」的顺序，对团队讲一遍。',
  outsideInTitle: '常见说法：由外而内',
  outsideInOrder: 'What → How → Why',
  insideOutTitle: '激励人心：由内而外',
  insideOutOrder: 'Why → How → What',
  outsideInLead: { what: '要做的是：', how: '做法是：', why: '原因是：' } satisfies Record<Ring, string>,
  insideOutLead: {
    why: '我们为什么做这件事：',
    how: '所以我们会这样做：',
    what: '具体来说，要做的是：',
  } satisfies Record<Ring, string>,
  missing: (ring: Ring) => `（还没写 ${ring === 'why' ? 'Why' : ring === 'how' ? 'How' : 'What'}）`,
  asParagraph: '连成一段话',
  adviceEmpty: {
    why: '还空着。Why 最难写，不妨先想想：做成这件事，对客户和组员意味着什么？',
    how: '还空着。写一两条你打算怎么做，以及和以往有什么不同。',
    what: '还空着。先写具体要做的事，写一句就好。',
  } satisfies Record<Ring, string>,
  adviceLong: (count: number, limit: number) =>
    `已写 ${count} 字，比建议的 ${limit} 字长。圆环里只显示开头，全文会完整保留；讲给团队听时，短一点更好记。`,
  adviceMetric:
    'Why 读起来像一个指标或结果。指标是做到之后的结果，不是初心：试着追问「做到了，对客户和同事意味着什么？」',
  adviceSame: 'How 和 What 写得一样。How 说的是方法和原则，What 说的是具体的事。',
} as const;
