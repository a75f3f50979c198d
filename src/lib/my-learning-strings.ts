/**
 * Text only 我的学习 shows (its exercise list and data tools), kept apart from ui-strings.ts
 * so the pages that never show it do not load it.
 */
import { formatDateTime } from './format';
import type { ExerciseStatus } from './state/status';
import type { ImportSummary } from './state/transfer';

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

/** Text of the 我的学习 page's data tools. */
export const dataUi = {
  exportTitle: '导出学习记录',
  exportHint: '把本机保存的全部进度、练习和测验记录下载为一个 JSON 文件，可以在另一台电脑或浏览器里导入。',
  exportButton: '导出为文件',
  importTitle: '导入学习记录',
  importHint: '选择从本课程导出的 .json 文件。导入前会先检查文件并显示其中的内容，确认后才会改动本机数据。',
  importChoose: '选择文件',
  importChecking: '正在检查文件……',
  importSummary: (s: ImportSummary) =>
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
  toolsFailed: '数据工具没能载入，本机的记录没有改动。请检查网络后刷新页面再试。',
  clearTitle: '清除本机记录',
  clearHint: '在公用电脑上学习后，可以清除本机保存的全部学习记录。建议先导出备份。',
  clearButton: '清除本机记录…',
  clearConfirm: '确定要清除本机保存的全部学习记录吗？离开本页之前还可以撤销。',
  clearYes: '确定清除',
  clearDone: '本机的学习记录已清除。离开本页之前可以撤销。',
  clearUndo: '撤销清除',
  clearUndone: '已恢复清除前的全部记录。',
} as const;
