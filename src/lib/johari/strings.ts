/** Chinese interface text of the communication window, in one place. */
import type { ReceiveStatus } from './record';
import type { DecodeError } from './codec';
import type { PaneId } from './panes';
import { MAX_PICKS, MIN_PICKS } from './rules';

/** Each pane: its name, what it holds in a few words, and a short explanation. */
export const paneText: Record<PaneId, { name: string; axes: string; about: string }> = {
  open: {
    name: '开放区',
    axes: '自己知道，别人也知道',
    about: '你和同事都清楚的部分：做事的原则、长处、习惯。这个区越大，彼此越少猜测，协作越顺。',
  },
  blind: {
    name: '盲区',
    axes: '别人知道，自己不知道',
    about: '同事看在眼里、你自己却没意识到的特点或习惯。只有请别人说出来，它才会变小。',
  },
  hidden: {
    name: '隐藏区',
    axes: '自己知道，别人不知道',
    about: '你心里清楚、却没让团队知道的想法、顾虑和经历。适度地说出来，它就会变小。',
  },
  unknown: {
    name: '未知区',
    axes: '自己和别人都不知道',
    about: '谁都还没发现的潜力或反应，常常在新任务、新角色或一起复盘时才显现出来。',
  },
};

/** The model's two controls. */
export const controlText = {
  disclosure: {
    label: '自我揭示：我主动说出自己的程度',
    short: '自我揭示',
    up: '多做自我揭示：把想法、难处和决定的理由说出来，隐藏区里的东西搬进开放区，于是隐藏区变小、开放区变大。',
    down: '少做自我揭示：说得少了，别人对你的了解也少，隐藏区变大、开放区变小。',
  },
  feedback: {
    label: '征求反馈：我请别人告诉我的程度',
    short: '征求反馈',
    up: '多征求反馈：请同事说出他们看到的你，盲区里的东西搬进开放区，于是盲区变小、开放区变大。',
    down: '少征求反馈：听到的少了，盲区变大、开放区变小。',
  },
} as const;

/** A few words for a control level 0…10. */
export function levelWord(level: number): string {
  if (level <= 1) return '几乎没有';
  if (level <= 3) return '很少';
  if (level <= 6) return '有时';
  if (level <= 8) return '经常';
  return '非常多';
}

/** What the largest pane says about how someone communicates (or a tie). */
export const largestText: Record<PaneId | 'tie', string> = {
  open: '开放区最大：别人了解你，你也知道别人怎么看你。沟通少猜测，话可以说得直接。',
  blind:
    '盲区最大：说得多、问得少。别人早已看到的问题，你可能最后一个知道。试着多问一句「我哪里可以做得更好？」',
  hidden: '隐藏区最大：常问别人的想法，却很少说自己的。团队可能觉得你难以捉摸，试着多讲讲决定背后的理由。',
  unknown:
    '未知区最大：说得少，也很少问。团队不太了解你，你也听不到真实的反馈，可以从一次小小的揭示或请教开始。',
  tie: '几个区一样大。拖动两个滑杆，看看哪个区在变大、哪个区在变小。',
};

export const strings = {
  title: '我的沟通视窗',
  intro:
    '先用两个滑杆看看视窗怎么变，再选出最像你的词、请同事为你选词，最后把回复收回来，看看四个区里各有什么。',
  presentingHint: '个人练习（自选、邀请同事、收回回复）请在自己的手机或电脑上打开本页完成。',

  modelHeading: '看看视窗怎么变',
  modelIntro:
    '横线以上是别人知道的你，竖线以左是你自己知道的你。拖动滑杆（或用方向键），看哪个区变大、哪个区变小。',
  modelFigure: '沟通视窗示意：四个区的大小随两个滑杆变化',
  selfKnowsAxis: '自己知道',
  selfNotAxis: '自己不知道',
  othersKnowAxis: '别人知道',
  othersNotAxis: '别人不知道',
  linked: '四个区是连在一起的：一条线移动，线两边的区都会变；开放区扩大时，未知区也会缩小。',
  levelValue: (level: number) => `${level}（共 10 级，${levelWord(level)}）`,
  moveSummary: (control: string, level: number, changes: string) => `${control}调到 ${level}：${changes}。`,
  grew: '变大',
  shrank: '变小',
  unchanged: '不变',
  paneShare: (pct: number) => `约占 ${pct}%`,

  selfHeading: '第 1 步：选出最像你的词',
  nameLabel: '你的名字或昵称（会显示在邀请链接里）',
  nameHint: '同事打开链接时会看到这个称呼，最多 20 个字。',
  nameTooLong: '称呼最多 20 个字，请改短一些。',
  pickerLegend: (who: string) => `选出 ${MIN_PICKS}～${MAX_PICKS} 个最像${who}的词`,
  pickCount: (n: number) => `已选 ${n} 个（需要 ${MIN_PICKS}～${MAX_PICKS} 个）`,
  pickFull: `已经选满 ${MAX_PICKS} 个。想换一个词，先取消一个已选的词。`,
  pickNeedMore: (n: number) => `还要再选 ${n} 个。`,
  pickOk: '数量合适。',
  traitGroup: { doing: '做事', relating: '待人', temperament: '性情' } as const,

  shareHeading: '第 2 步：邀请同事为你选词',
  shareNotReady: `先填写称呼，并选好 ${MIN_PICKS}～${MAX_PICKS} 个词，这里就会出现邀请链接。先自选、再看别人的选择，结果才不受影响。`,
  shareIntro:
    '把这个链接发给两三位熟悉你的同事。他们不用注册，选完后会得到一段回复链接或回复码，再发回给你。链接里的信息放在 # 号之后，不会发送到网站的服务器。',
  requestLinkLabel: '邀请链接',
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyFailed: '浏览器不允许自动复制，已选中文字，请手动复制（Ctrl+C 或长按）。',
  openPeerPage: '自己先打开看看',

  inboxHeading: '第 3 步：收回同事的回复',
  inboxLabel: '粘贴回复链接或回复码（可以一次粘贴多条，每条占一行或用空格隔开）',
  inboxAdd: '添加回复',
  inboxNeedRequest: '生成邀请链接之后，才能核对同事的回复。',
  replyCount: (n: number) => (n ? `已收到 ${n} 位同事的回复。` : '还没有收到回复。'),
  replyItem: (n: number) => `第 ${n} 份回复`,
  replyAdded: (time: string) => `添加于 ${time}`,
  remove: '删除',
  removeReply: (n: number) => `删除第 ${n} 份回复`,
  removed: (n: number) => `已删除第 ${n} 份回复。`,
  undo: '撤销',
  undone: '已恢复。',
  receiveSummary: (added: number, ignored: number) =>
    [added ? `添加了 ${added} 份回复` : '没有添加新的回复', ignored ? `${ignored} 条被忽略` : '']
      .filter(Boolean)
      .join('，') + '。',

  windowHeading: '你的沟通视窗',
  windowEmpty: '选好自己的词、收到同事的回复后，词语会自动落进四个区。',
  windowPeers: (n: number) => `根据你自己的选择和 ${n} 位同事的回复。`,
  pickedBy: (n: number) => `${n} 位同事选了`,
  youPicked: '你选了',
  showUnknown: (n: number) => `显示未知区的 ${n} 个词`,
  paneEmpty: '（暂时没有）',
  tallyHeading: '同事选词的次数',
  tallyWord: '词',
  tallyCount: '选它的同事',
  tallyOf: (n: number, total: number) => `${n} / ${total}`,
  missingTraits: (n: number) => `有 ${n} 个已选的词不在当前词表中（词表可能已被讲师修改），没有计入视窗。`,

  reflectHeading: '面具访谈与反思',
  maskAbout:
    '面具访谈是一次有准备的自我揭示：说说自己在工作中常戴的「面具」，以及面具后面的自己。说出来的那一小部分，就从隐藏区挪进了开放区。访谈前先确认安全规则：自愿、保密、只听不评。',
  maskFace: '我在工作中最常戴的面具是……（它帮我做到了什么，又让我付出了什么）',
  maskBehind: '面具后面的我，以及我希望团队多了解我的一点',
  reflectIntro: '从盲区里挑一个词，想想它对你和团队沟通意味着什么。',
  reflectNoBlind: '盲区里还没有词。收到同事的回复后，这里可以挑一个盲区词来反思。',
  reflectTrait: '我想反思的盲区词',
  reflectChoose: '请选择',
  reflectNotBlind: (word: string) => `${word}（已不在盲区）`,
  reflectSeen: (word: string) => `同事在我身上看到了「${word}」。我猜他们是从我哪些具体的言行里看到的？`,
  reflectMeaning: '这一点在我和团队沟通时，可能带来什么帮助？又可能造成什么误会？',
  reflectAction:
    '接下来两周，我打算怎样去验证或用好它？（例如找一位组员具体问问，或在周会上多说一点自己的想法）',

  printSummary: (name: string, words: string) =>
    `${name || '（未填写称呼）'}的沟通视窗　我选的词：${words || '（还没有选）'}`,
  exportMarkdown: '导出 Markdown',
  print: '打印',
  restart: '重新开始',
  restartDone: '已清空，生成了新的邀请。之前发出的链接收到的回复将不再被接受。',
  restartConfirm: '重新开始会清空自选、回复和笔记，并作废已经发出的邀请链接。',
  restartYes: '确定清空',
  restartNo: '取消',
  saved: '已自动保存在本机浏览器中。',
  fileTitle: (name: string) => `沟通视窗-${name}`,
} as const;

/** Why a pasted code was not added, or what happened to it. */
export const receiveText: Record<ReceiveStatus, string> = {
  added: '已添加。',
  replaced: '这位同事改了选择，新回复已替换他之前的回复。',
  duplicate: '这份回复已经添加过了，已忽略。',
  'other-request': '这份回复对应的不是你当前的邀请（可能是回复别人的，或是「重新开始」之前的邀请），已忽略。',
  'no-request': '你还没有生成邀请链接，没法核对这份回复。请先完成第 1、2 步。',
  'unknown-traits': '回复里有本课程词表中没有的词（可能来自其他版本的网站），已忽略。',
  empty: '请先粘贴同事发回的回复链接或回复码。',
  foreign: '没有找到沟通视窗的回复码。回复码以「jwa1.」开头，请确认复制的是同事发回的完整链接或回复码。',
  'wrong-kind': '这是邀请链接，不是回复。请把它发给同事去填写，不要粘贴在这里。',
  newer: '这份回复来自更新版本的课程网站，当前页面无法读取，已忽略。',
  mangled: '回复码不完整或被改动过（可能复制时漏了字符），已忽略。请让同事重新复制完整的链接发给你。',
  'bad-count': `这份回复选的词数不在 ${MIN_PICKS}～${MAX_PICKS} 个之间，已忽略。`,
};

/** Text of the peer page. */
export const peerText = {
  pageTitle: '沟通视窗 · 同伴反馈',
  pageDescription:
    '为同事的沟通视窗选词：打开同事发来的邀请链接，选出 5～8 个最符合对方的词，再把回复发回去。',
  heading: '沟通视窗 · 同伴反馈',
  loading: '正在读取链接……',
  noInvite: '这个页面用来回应同事发来的沟通视窗邀请。请从对方发给你的完整链接打开它。',
  goToExercise: '想做自己的沟通视窗？去第五讲的练习',
  requestHeading: (name: string) => `请为「${name}」选词`,
  requestIntro: (name: string) =>
    `${name} 正在做「沟通视窗」练习，想知道在你眼中 TA 是什么样的人。请选出 ${MIN_PICKS}～${MAX_PICKS} 个你觉得最符合 TA 的词。不用注册；你的选择不会保存在这台设备上，也不会上传到任何服务器，只会变成一段回复，由你自己发回给 TA。`,
  ownRequest:
    '这是你自己的邀请链接：请把它发给同事，由他们来选。你也可以先自己试一试，生成的回复不会自动加入你的视窗。',
  who: ' TA ',
  makeReply: '生成回复',
  needPicks: (n: number) => `还要再选 ${n} 个词，才能生成回复。`,
  replyHeading: '把回复发回去',
  replyIntro: (name: string) =>
    `把下面的回复链接发回给 ${name}（微信、邮件、企业聊天工具都可以）。对方打开链接或把回复码粘贴进练习，你的选择就会进入 TA 的视窗。`,
  replyLinkLabel: '回复链接',
  replyCodeLabel: '或者只发回复码',
  replyStale: '选择有改动，请重新点「生成回复」。',
  replyAgainNote: '想改主意？改完后再生成一次，把新的回复发过去，它会替换旧的那份。',
  thanks: '谢谢你的反馈！',
  replyFound: '这是一份沟通视窗的回复',
  replyForYou: (n: number) => `它回应的是你在这个浏览器里发出的邀请，里面有 ${n} 个词。`,
  replyAdd: '加入我的沟通视窗',
  replyNotYours:
    '这份回复回应的不是这个浏览器里的邀请。请在你生成邀请链接的那台设备、那个浏览器里打开它，或者把回复码粘贴到第五讲的练习里。',
  replyResult: (message: string) => message,
  viewWindow: '查看我的沟通视窗',
  requestErrors: {
    empty: '这个页面用来回应同事发来的沟通视窗邀请。请从对方发给你的完整链接打开它。',
    foreign: '这个链接里没有沟通视窗的邀请信息。请让对方重新发送完整的邀请链接。',
    'wrong-kind': '这个链接里没有沟通视窗的邀请信息。请让对方重新发送完整的邀请链接。',
    newer: '这个邀请来自更新版本的课程网站，当前页面无法读取。请让对方确认使用的是同一个课程网站。',
    mangled: '邀请链接不完整或被改动过（可能复制时漏了字符）。请让对方重新发送完整的链接。',
    'bad-count': '这个回复链接里的词数不对，无法使用。请让对方重新生成回复。',
  } satisfies Record<DecodeError, string>,
} as const;
