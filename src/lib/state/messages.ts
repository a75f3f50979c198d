/** Chinese text the state layer shows learners, in one place. */
export const messages = {
  corrupt: (label: string, backedUp: boolean) =>
    backedUp
      ? `本机保存的「${label}」已损坏，无法读取。原始内容已原样备份（导出学习记录时会一并导出），这一部分已重新开始。`
      : `本机保存的「${label}」已损坏，无法读取，也没能备份。为避免覆盖原数据，本次修改只保存在当前页面里，请先导出学习记录。`,
  newer: (label: string) =>
    `本机保存的「${label}」来自更新版本的课程网站，当前页面无法读取。为保护这份数据，本次的修改不会写入本机；请使用最新版本的网站。`,
  storageUnavailable:
    '浏览器不允许本网站保存数据（可能处于无痕模式或已禁用存储），你的进度只保留到关闭页面为止。请在离开前导出学习记录。',
  storageQuota:
    '浏览器的存储空间已满，新的进度无法保存到本机，只保留到关闭页面为止。请导出学习记录，或清理浏览器空间。',
  storageError: '保存到本机时出错，你的进度暂时只保留在当前页面。请导出学习记录以免丢失。',
  importTooLarge: (mb: number) =>
    `文件太大（${mb.toFixed(1)} MB），学习记录文件不应超过 5 MB。请确认选择的是本课程导出的文件。`,
  importNotJson: '这个文件不是有效的 JSON，无法读取。请选择从「我的学习」导出的 .json 文件。',
  importWrongFormat: '这个文件不是本课程导出的学习记录。',
  importNewerVersion: (v: number) =>
    `这个文件由更新版本的课程网站导出（格式版本 ${v}），当前版本无法读取。请使用最新版本的网站导入。`,
  importBadVersion: '文件缺少有效的格式版本号。',
  importBadEntry: (what: string, why: string) =>
    `文件中「${what}」的内容无效：${why}。当前数据没有任何改动。`,
  importUnknownEntry: (key: string) =>
    `文件中有无法识别的记录（${key}），可能来自其他网站或更新版本。当前数据没有任何改动。`,
} as const;
