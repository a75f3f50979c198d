/** Interface text of the GROW planner. */
export const t = {
  intro:
    '为一位组员和一个具体的绩效话题准备面谈：每一步从讲义的问题库里挑两三个问题，或写下你自己的问题，再记下你的准备要点。完成后可以打印带进面谈，或导出 Markdown。',
  member: '面谈对象',
  memberHint: '姓名或化名；留空则计划里写作「组员（匿名）」。',
  topic: '绩效话题',
  topicHint: '要谈的具体问题，例如「新政策上线后一次解决率下滑」。',
  meeting: '面谈时间与地点',
  meetingHint: '选在话务低谷、私下的场合，例如「周二 15:00，小会议室，20 分钟」。',
  bankTitle: '讲义的问题库',
  bankAdd: '加入',
  bankAddLong: (q: string) => `把问题加入计划：${q}`,
  bankAdded: '已加入',
  bankAddedAnnounce: (q: string) => `已加入问题：${q}`,
  myQuestions: '我要问的问题',
  questionNoun: '问题',
  questionLabel: (n: number) => `问题 ${n}`,
  addOwn: '自己写一个问题',
  noQuestions: '还没有问题。从上面的问题库加入，或自己写一个。',
  checksTitle: '自查',
  checksClean: '四步都有问题，提问也是开放的。面谈时每次只问一个问题，问完就停下来等。',
  planTitle: 'GROW 辅导面谈计划',
  forMember: '面谈对象',
  forTopic: '绩效话题',
  forMeeting: '时间与地点',
  answerSpace: '记录',
  untitled: '未命名面谈计划',
  newTitle: '我的面谈计划',
  exampleNote: '示例',
} as const;

/** Self-check messages of a plan. */
export const hintText = {
  noTopic: '还没有写绩效话题：这次具体要谈什么？',
  noQuestions: (stage: string) => `「${stage}」还没有要问的问题。`,
  leading: (q: string) => `「${q}」里藏着答案或责备。换成开放的问题，例如「你通常第一步做什么？」`,
  closed: (q: string) => `「${q}」只能答是或不是。用「什么」「怎么」「哪」来问，让对方多说。`,
  goalNotMeasurable: '目标还没有数字或期限：用哪个数字、到什么时候判断达成了？',
  noFollowUp: '行动计划里还没有约定回顾的时间。',
} as const;
