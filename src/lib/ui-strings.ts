import { formatDateTime } from './format';
import type { ExerciseStatus } from './state/status';
/** Interface text in one place, so wording stays consistent across pages and islands. */
export const ui = {
  skipToContent: '跳到正文',
  home: '课程首页',
  agenda: '讲师议程',
  myLearning: '我的学习',
  menu: '目录',
  menuOpen: '打开课程目录',
  menuClose: '关闭课程目录',
  courseNav: '课程目录',
  mainNav: '主导航',
  search: '搜索',
  searchOpen: '搜索课程（快捷键 / 或 Ctrl+K）',
  searchLabel: '搜索课程内容',
  searchPlaceholder: '输入关键词，如：复盘、黄金圈、倾听',
  searchLoading: '正在载入搜索……',
  searchEmpty: '没有找到相关内容，换个说法试试，例如更短的关键词。',
  searchFailed:
    '搜索暂时无法使用：搜索索引没有载入。若你在本地用 npm run dev 预览，请先运行 npm run build 再用 npm run preview 打开。',
  searchClose: '关闭搜索',
  searchCount: (n: number) => `找到 ${n} 个相关单元`,
  themeToDark: '切换到深色模式',
  themeToLight: '切换到浅色模式',
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
  continueAt: (when: string) => `上次学习：${when}`,
  markComplete: '标记本讲为已完成',
  completed: '本讲已完成',
  completedHint: '已记录在本机的「我的学习」中。',
  undoComplete: '撤销完成标记',
  completionRule:
    '「已读完」是你翻到了本讲末尾，由页面自动记下；「已完成」要你在本讲末尾亲手点「标记本讲为已完成」才算，表示这一讲学完、练过了。知识检测的得分另记在「我的学习」里，不会替你标记完成。',
  dimensionDone: (done: number, total: number) => `已完成 ${done}/${total}`,
  exportNow: '立即导出学习记录',
  dismiss: '知道了',
  noticesLabel: '学习记录提示',
} as const;

/** Text of the 我的学习 page's data tools. */
/** How 我的学习 describes each exercise's status (src/lib/state/status.ts). */
export function exerciseStatusText(status: ExerciseStatus): string {
  switch (status.kind) {
    case 'saved':
      return `已保存 · ${formatDateTime(status.at)}`;
    case 'taken':
      return `已做 ${status.count} 次 · 最近 ${formatDateTime(status.lastAt)}`;
    case 'in-progress':
      return '做到一半';
    case 'not-started':
      return '未开始';
  }
}

export const dataUi = {
  exportTitle: '导出学习记录',
  exportHint: '把本机保存的全部进度、练习和测验记录下载为一个 JSON 文件，可以在另一台电脑或浏览器里导入。',
  exportButton: '导出为文件',
  importTitle: '导入学习记录',
  importHint: '选择从本课程导出的 .json 文件。导入前会先检查文件并显示其中的内容，确认后才会改动本机数据。',
  importChoose: '选择文件',
  importChecking: '正在检查文件……',
  importSummary: (s: {
    exportedAt: string;
    device?: string | undefined;
    units: number;
    exercises: number;
    attempts: number;
    backups: number;
  }) =>
    `${s.device ? `文件来自「${s.device}」，` : '文件'}导出于 ${formatDateTime(s.exportedAt)}，包含 ${s.units} 个单元的学习进度、${s.exercises} 个练习、${s.attempts} 次测验记录${s.backups ? `，以及 ${s.backups} 份备份` : ''}。`,
  importMerge: '合并到本机记录',
  importMergeHint: '两边都保留；同一项记录以较新的修改为准，测验记录全部保留。',
  importReplace: '用文件替换本机记录',
  importReplaceHint: '本机现有记录会被文件内容取代。',
  importCancel: '取消',
  importDone: (mode: 'merge' | 'replace') =>
    mode === 'merge' ? '已把文件合并到本机记录。' : '已用文件替换本机记录。',
  importUndo: '撤销这次导入',
  importUndone: '已撤销导入，本机记录恢复到导入之前。',
  importFailed: '无法导入：',
  readFailed: '无法读取这个文件。',
  clearTitle: '清除本机记录',
  clearHint: '在公用电脑上学习后，可以清除本机保存的全部学习记录。建议先导出备份。',
  clearButton: '清除本机记录…',
  clearConfirm: '确定要清除本机保存的全部学习记录吗？离开本页之前还可以撤销。',
  clearYes: '确定清除',
  clearDone: '本机的学习记录已清除。离开本页之前可以撤销。',
  clearUndo: '撤销清除',
  clearUndone: '已恢复清除前的全部记录。',
} as const;
