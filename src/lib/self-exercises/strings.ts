/** Interface text shared by the self-exercise islands (switching records, undo). */
export const collectionStrings = {
  create: '新建',
  duplicate: '复制',
  remove: '删除',
  loadExample: '载入示例',
  undo: '撤销',
  dismiss: '关闭提示',
  exampleBadge: '示例',
  copySuffix: '副本',
  deleted: (name: string) => `已删除「${name}」。`,
  restored: (name: string) => `已恢复「${name}」。`,
  untitled: '未命名',
  current: (noun: string) => `当前${noun}`,
} as const;
