/** Minimal shape of a zod issue, so the helper works with zod and zod/mini alike. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Turns validation issues into one Chinese message per line that names the file and the
 * field, in words a trainer editing content can act on.
 */
export function describeIssues(file: string, issues: readonly IssueLike[]): string {
  const lines = issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '（整个文件）';
    return `- 字段 ${field}：${issue.message}`;
  });
  return `${file} 有 ${issues.length} 处需要修改：\n${lines.join('\n')}`;
}
