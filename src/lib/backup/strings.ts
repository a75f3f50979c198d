import type { Persistence } from './keeping';

/** Text of the records-keeping feature: the backup reminder and the persistence line on 我的学习. */
export const backupUi = {
  reminderLabel: '备份提醒',
  reminderAged: (days: number) =>
    `你在这台设备上的学习记录有 ${days} 天没有保存到文件了。它们只存在这个浏览器里：换设备、清理浏览器或浏览器自动清理时可能丢失。`,
  reminderSafari:
    'Safari 会删除 7 天没有访问的网站所保存的数据，你的学习记录只存在这个浏览器里。保存一份备份到文件，就不怕丢失。',
  save: '保存一份备份',
  dismiss: '不再提醒',
  saved: '已保存备份。以后有新的学习记录时，这里会再提醒你。',
  dismissed: '好的，这些记录不再提醒。之后的新记录满 7 天没有备份时会再提醒一次。',
  persistenceTitle: '浏览器是否长期保存',
  persistence: {
    granted: '浏览器已同意长期保存本课程的学习记录：清理空间时不会自动删除它们。换设备前仍请导出一份备份。',
    refused:
      '浏览器没有同意长期保存：存储空间紧张或长时间没有访问时，浏览器可能删除这些记录。请定期「保存一份备份」，本页和首页会按时提醒你。',
    unsupported: '这个浏览器不能设置长期保存：请定期导出一份备份，本页和首页会按时提醒你。',
    'no-work': '做过练习或测验后，本页会请浏览器长期保存你的学习记录。',
  } satisfies Record<Persistence, string>,
} as const;
