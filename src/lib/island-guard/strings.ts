/** Chinese text of the loading state shown on an exercise until its script has started. */
export const islandGuardStrings = {
  loading: '正在加载，稍候即可填写…',
} as const;
