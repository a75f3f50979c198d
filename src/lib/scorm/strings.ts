/** What the launch page tells the learner, in one place. Calm: nothing here is the learner's fault. */
export const shellText = {
  trouble:
    '学习平台暂时没有收到最新的学习记录。你的进度已保存在这台电脑上，课程会在你继续学习时自动重新提交。',
  notesLocal:
    '练习中填写的文字只保存在这台电脑的浏览器里，不会随学习进度交给学习平台。换电脑之前，请先导出学习记录。',
  exportNow: '导出学习记录',
  dismiss: '知道了',
  review: '回顾模式：可以浏览课程和自己的记录，本次的操作不会改动学习平台中的记录。',
  suspendCorrupt:
    '学习平台中保存的课程进度无法读取，已在这台电脑上原样备份（导出学习记录时会一并导出）。课程照常使用这台电脑上的记录。',
  suspendNewer:
    '学习平台中的课程进度来自更新版本的课程，这个版本无法读取。为保护这份数据，本次不会覆盖它；学习进度和成绩照常提交。',
} as const;
