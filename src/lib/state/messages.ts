import { noticeMessages } from './notice-messages';

/**
 * Chinese text the state layer shows learners, in one place: the notices every page may
 * show (notice-messages.ts, loaded with the layer) and the export and import messages,
 * which load only with the data tools.
 */
export const messages = {
  ...noticeMessages,
  exportIncomplete:
    '注意：浏览器在使用中收回了存储权限，本页没能读回全部记录，这份导出可能不完整。请保留原来的导出文件。',
  importTooLarge: (mb: number) =>
    `文件太大（${mb.toFixed(1)} MB），学习记录文件不应超过 5 MB。请确认选择的是本课程导出的文件。`,
  importNotJson: '这个文件不是有效的 JSON，无法读取。请选择从「我的学习」导出的 .json 文件。',
  importWrongFormat: '这个文件不是本课程导出的学习记录。当前数据没有任何改动。',
  importNewerVersion: (v: number) =>
    `这个文件由更新版本的课程网站导出（格式版本 ${v}），当前版本无法读取。请使用最新版本的网站导入。当前数据没有任何改动。`,
  importBadVersion: '文件缺少有效的格式版本号，不像是本课程导出的学习记录。当前数据没有任何改动。',
  importBadEntry: (what: string, why: string) =>
    `文件中「${what}」的内容无效：${why}。当前数据没有任何改动。`,
  importUnreadable: '这个文件无法读取，可能已损坏。当前数据没有任何改动。',
  importTooDeep: '这个文件的结构嵌套过深，不是本课程导出的学习记录。当前数据没有任何改动。',
  importTooMany: (count: number, max: number) =>
    `这个文件含有 ${count} 条记录，超过了上限 ${max} 条，不像是本课程导出的学习记录。当前数据没有任何改动。`,
  importNotSaved:
    '导入失败：浏览器的存储空间不够，文件中的记录无法全部保存到本机。当前数据保持原样，没有任何改动。请先清理浏览器空间或删除不需要的记录再试。',
  importUndoInPage: '本机存储空间不够同时保留撤销用的备份，所以这次导入只能在离开本页之前撤销。',
  importUnknownEntry: (key: string) =>
    `文件中有无法识别的记录（${key}），可能来自其他网站或更新版本。当前数据没有任何改动。`,
} as const;
