/**
 * Escapes learner text for a Markdown export, so that whatever a viewer renders shows the
 * text literally: no HTML tags, links, emphasis or headings can be smuggled in.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
    .replace(/\r\n?/g, '\n');
}

/** Learner text as one Markdown paragraph or list item: escaped, line breaks kept. */
export function markdownLines(text: string, indent = ''): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${indent}${line}`))
    .join('  \n');
}
