/**
 * Interface text in one place, so wording stays consistent across pages and islands. What
 * only 我的学习 shows is in my-learning-strings.ts.
 *
 * The words the page scripts show in the browser come first, each a constant of its own:
 * a script imports these by name and so carries only them, not every label of the two
 * objects below (which the templates use, and which include these).
 */
export const menuOpen = '打开课程目录';
export const menuClose = '关闭课程目录';
export const themeToDark = '切换到深色模式';
export const themeToLight = '切换到浅色模式';
export const markComplete = '标记本讲为已完成';
export const completed = '本讲已完成';
export const completedHint = '已记录在本机的「我的学习」中。';
export const undoComplete = '撤销完成标记';
export const dimensionDone = (done: number, total: number) => `已完成 ${done}/${total}`;
export const exportNow = '立即导出学习记录';
export const dismiss = '知道了';
export const continueAt = (when: string) => `上次学习：${when}`;
export const searchLoading = '正在载入搜索……';
export const searchEmpty = '没有找到相关内容，换个说法试试，例如更短的关键词。';
export const searchFailed =
  '搜索暂时无法使用：搜索索引没有载入。若你在本地用 npm run dev 预览，请先运行 npm run build 再用 npm run preview 打开。';
export const searchCount = (n: number) => `找到 ${n} 个相关单元`;

export const ui = {
  skipToContent: '跳到正文',
  home: '课程首页',
  agenda: '讲师议程',
  myLearning: '我的学习',
  menu: '目录',
  menuOpen,
  menuClose,
  courseNav: '课程目录',
  mainNav: '主导航',
  search: '搜索',
  searchOpen: '搜索课程（快捷键 / 或 Ctrl+K）',
  searchLabel: '搜索课程内容',
  searchPlaceholder: '输入关键词，如：复盘、黄金圈、倾听',
  searchLoading,
  searchEmpty,
  searchFailed,
  searchClose: '关闭搜索',
  searchCount,
  themeToDark,
  themeToLight,
  onThisPage: '本页目录',
  objectives: '学习目标',
  servesGoals: '对应课程目标',
  minutes: '建议课时',
  prev: '上一讲',
  next: '下一讲',
  present: '投影授课',
  knowledgeCheck: '知识检测',
} as const;

/** Text of the progress and my-learning features. */
export const progressUi = {
  continueTitle: '继续上次的学习',
  continueAction: '继续学习',
  continueAt,
  markComplete,
  completed,
  completedHint,
  undoComplete,
  completionRule:
    '「已读完」是你翻到了本讲末尾，由页面自动记下；「已完成」要你在本讲末尾亲手点「标记本讲为已完成」才算，表示这一讲学完、练过了。知识检测的得分另记在「我的学习」里，不会替你标记完成。',
  dimensionDone,
  exportNow,
  dismiss,
  noticesLabel: '学习记录提示',
} as const;
