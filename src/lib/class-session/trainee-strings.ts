import { HAND_IN } from './hand-in-label';

/**
 * Interface text the trainee's unit page needs (polls, the 交给讲师 panel), apart from the
 * trainer's, so a phone downloads none of the collector's text.
 */
export const traineeStrings = {
  handIn: HAND_IN,
  handInIntro: '把这次的结果交给讲师：讲师用电脑摄像头扫二维码，或者你把文字代码发到课堂群里。',
  sessionLabel: '课堂编号',
  sessionHint: '投影上显示的 6 位编号',
  sessionJoin: '加入课堂',
  sessionBad: '课堂编号是 6 位字母或数字，请对照投影再输入。',
  sessionAttached: (id: string) => `已加入课堂 ${id}`,
  leaveSession: '退出课堂',
  nicknameLabel: '昵称（可选，只出现在讲师导出的表格里，不上投影）',
  contains: '这个代码包含：',
  containsSession: (id: string) => `课堂编号 ${id}`,
  containsParticipant: (id: string) => `这台手机的随机编号 ${id}（不是你的姓名）`,
  containsNickname: (name: string) => `昵称「${name}」`,
  containsNoNickname: '没有昵称',
  notContained: '不包含你的姓名，也不包含你在本站写下的其他内容。',
  qrLabel: (activity: string) => `${activity}结果的二维码，供讲师扫描`,
  textCode: '文字代码',
  copy: '复制代码',
  copied: '已复制，可以粘贴到课堂群里。',
  copyFailed: '无法自动复制，请长按代码手动复制。',
  answersSummary: (n: number) => `你在 ${n} 道题中选择的选项：`,
  valuesSummary: '你在各维度的得分：',
  wordSummary: (word: string) => `你的回答「${word}」`,
  scaleSummary: (value: number) => `你的打分 ${value} 分`,
  optionLetter: (i: number) => String.fromCharCode(65 + i),
} as const;
