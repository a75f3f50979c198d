import type { Quadrant, StrategyKind } from './record';

/** Interface text of the SWOT exercise, in one place. */
export const strings = {
  heading: '我的 SWOT 与 TOWS 对策',
  intro: '先写目标，再填四个格子，最后把内部因素和外部因素两两配对，写出对策。内容会自动保存在本机。',
  sheetsHeading: '我的分析',
  noun: '分析',
  newTitle: '我的 SWOT 分析',
  untitled: '未命名分析',
  examplePrefix: '示例：',
  exampleNotice:
    '这是课程提供的示例：一位在线客服组长的个人 SWOT，仅供参考。可以直接改，也可以新建自己的分析对照着写。',

  basicsHeading: '第一步：对象与目标',
  scopeLabel: '分析对象',
  scope: { personal: '个人', team: '团队' },
  dateLabel: '日期',
  goalLabel: '目标',
  goalHint: 'SWOT 要围绕一个目标来做。用一句话写下半年到一年内想达成的事，越具体越好。',

  quadrantsHeading: '第二步：四个格子',
  quadrantsIntro:
    '每格三到五条，按对目标的影响从大到小排列。编号（S1、O2……）随顺序自动更新，对策里的引用会跟着变。',
  insideOutsideTipLead: '内外之分：',
  axis: { S: '优势 S', W: '劣势 W', O: '机会 O', T: '威胁 T' },
  insideOutsideTip:
    '分不清内部还是外部？问一句：「我（我们）能不能凭自己的决定改变它？」能改的放 S 或 W，改不了、只能应对的放 O 或 T。',
  quadrantTitle: (q: Quadrant, name: string) => `${name} ${q}`,
  side: { internal: '内部', external: '外部' },
  itemLabel: (label: string) => `${label} 的内容`,
  addLabel: (name: string) => `新增一条${name}`,
  addButton: '添加',
  addPlaceholder: '写一条，按回车添加',
  moveUp: (label: string) => `上移 ${label}`,
  moveDown: (label: string) => `下移 ${label}`,
  deleteItem: (label: string) => `删除 ${label}`,
  emptyQuadrant: '还没有条目。',
  usedBy: (n: number) => `用于 ${n} 条对策`,
  notUsed: '尚未用于对策',
  hintPrefix: '提示：',
  hintExternal: (cue: string) =>
    `这一条提到「${cue}」。如果它说的是你改变不了的外部条件（政策、系统、市场、上级的决定），应放进机会 O 或威胁 T；如果说的是你自己的能力或做法，放在这里没问题。`,
  hintInternal: (cue: string) =>
    `这一条提到「${cue}」。如果它是你或团队自己能改变的（技能、习惯、运营结果），应放进优势 S 或劣势 W；如果确实是外部环境的变化，放在这里没问题。`,
  hintWish: (cue: string) =>
    `这一条里有「${cue}」，读起来像愿望。机会应是已经出现、或很可能出现的外部条件，试着改写成可以核实的事实。`,
  emptyItemText: '（空白条目）',

  strategiesHeading: '第三步：TOWS 对策',
  strategiesIntro:
    '每条对策只组合一个内部因素（S 或 W）和一个外部因素（O 或 T），同一个因素可以用在多条对策里。对策要写成动作，不要写成态度。',
  gridLabel: 'TOWS 对策矩阵',
  kindTitle: (kind: StrategyKind, name: string) => `${kind} ${name}`,
  addStrategy: (kind: StrategyKind, name: string) => `添加 ${kind} ${name}对策`,
  noStrategies: '还没有对策。',
  internalLabel: (name: string, q: string) => `内部因素（${name} ${q}）`,
  externalLabel: (name: string, q: string) => `外部因素（${name} ${q}）`,
  choose: '请选择',
  missingItem: '（原条目已删除）',
  noItemsYet: (name: string) => `（先在上面添加${name}）`,
  actionLabel: '对策行动',
  actionPlaceholder: '写成具体的动作：谁、做什么、什么时候',
  deleteStrategy: (cite: string) => `删除对策 ${cite}`,
  strategyName: (n: number, cite: string) => `对策 ${n}：${cite}`,
  citeIncomplete: '还没选齐内部和外部因素。',
  unusedHeading: '还没有对策用到的条目',
  unusedNone: '每一条都至少用在了一条对策里。',
  unusedNoItems: '四个象限里还没有写下条目。先在上面写几条，再来组合对策。',
  unusedIntro: '不必每条都用上，但值得再看一眼：',

  actionsHeading: '导出与打印',
  sheetTitle: (title: string) => `SWOT 分析：${title}`,
  sheetExample: '（课程示例）',
  sheetStrategies: 'TOWS 对策',
  exportMarkdown: '导出 Markdown',
  print: '打印（A4 一页）',
  exported: (file: string) => `已生成「${file}」。`,

  deletedItem: (label: string, used: number) =>
    used ? `已删除 ${label}（有 ${used} 条对策引用它，撤销可一并恢复）。` : `已删除 ${label}。`,
  deletedStrategy: (cite: string) => `已删除对策 ${cite}。`,
  restoredItem: (label: string) => `已恢复 ${label}。`,
  restoredStrategy: (cite: string) => `已恢复对策 ${cite}。`,
  added: (label: string) => `已添加 ${label}。`,
  moved: (label: string) => `已移到 ${label}。`,

  md: {
    title: (title: string) => `# SWOT 分析：${title}`,
    scope: '分析对象',
    date: '日期',
    goal: '目标',
    none: '（无）',
    notSet: '（未填写）',
    quadrant: (q: Quadrant, name: string) => `## ${name} ${q}`,
    strategies: '## TOWS 对策',
    kind: (kind: StrategyKind, name: string, rule: string) => `### ${kind} ${name}：${rule}`,
    unused: '## 尚未用于对策的条目',
    noAction: '（还没写行动）',
    exampleNote: '> 本分析载入自课程示例。',
  },
} as const;
