import type { Notice } from './notices';

/**
 * The state layer's notices, which any page may show: unreadable records and storage
 * faults. Loaded by a page only when it has one to show (StorageNotices.astro).
 */
export const noticeMessages = {
  corrupt: (label: string, backedUp: boolean) =>
    backedUp
      ? `本机保存的「${label}」已损坏，无法读取。原始内容已原样备份（导出学习记录时会一并导出），这一部分已重新开始。`
      : `本机保存的「${label}」已损坏，无法读取，也没能备份。为避免覆盖原数据，本次修改只保存在当前页面里，请先导出学习记录。`,
  partlyCorrupt: (label: string, backedUp: boolean) =>
    backedUp
      ? `本机保存的「${label}」有一部分无法读取。能读取的内容都已保留，原始内容已原样备份（导出学习记录时会一并导出）。`
      : `本机保存的「${label}」有一部分无法读取，也没能备份。能读取的内容都已显示；为避免覆盖原数据，本次修改只保存在当前页面里，请先导出学习记录。`,
  newer: (label: string) =>
    `本机保存的「${label}」来自更新版本的课程网站，当前页面无法读取。为保护这份数据，本次的修改不会写入本机；请使用最新版本的网站。`,
  storageUnavailable:
    '浏览器不允许本网站保存数据（可能处于无痕模式或已禁用存储），你的进度只保留在当前这一页，打开其他页面或刷新后就会丢失。请在离开本页前导出学习记录。',
  storageSession:
    '浏览器不允许本网站长期保存数据（可能处于无痕模式），你的进度暂存在这个标签页里：在本站页面之间切换不会丢失，关闭标签页或浏览器后就会丢失。请在关闭前导出学习记录。',
  storageQuota:
    '浏览器的存储空间已满，新的进度无法保存到本机，只保留在当前这一页，打开其他页面或刷新后就会丢失。请导出学习记录，或清理浏览器空间。',
  storageError:
    '保存到本机时出错，你的进度暂时只保留在当前这一页，打开其他页面或刷新后就会丢失。请导出学习记录以免丢失。',
} as const;

/** What a notice about a stored record says. */
export function noticeText(notice: Notice): string {
  if (notice.kind === 'newer') return noticeMessages.newer(notice.label);
  const backedUp = !!notice.backedUp;
  return notice.partly
    ? noticeMessages.partlyCorrupt(notice.label, backedUp)
    : noticeMessages.corrupt(notice.label, backedUp);
}
