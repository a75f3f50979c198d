/** Text of the offline feature: the badge in the footer and the update prompt. */
export const offlineUi = {
  badgeLabel: '离线状态',
  ready: '可离线使用',
  readyHint: '本课程已保存在这台设备上，没有网络也能打开每一讲、练习、投影和搜索。',
  caching: '正在准备离线使用…',
  cachingHint: '第一次打开时，课程会在后台保存到这台设备上；完成后没有网络也能使用。',
  full: '仅可在线使用',
  fullHint: '这台设备的浏览器存储空间不足，课程没能保存下来离线使用；在线学习不受影响。',
  updateReady: '有新版本，刷新后生效。',
  updateApply: '刷新',
  updateLater: '稍后',
  updateWaitsForDeck: '有新版本。投影放映窗口还开着，关闭放映窗口后再刷新，放映不会被打断。',
} as const;
