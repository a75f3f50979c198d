/**
 * Escapes learner text for a Markdown export, so that whatever a viewer renders shows the
 * text literally: no HTML tags, links, emphasis, lists or headings can be smuggled in.
 * Only what would change the meaning is escaped, so the file still reads naturally when
 * pasted into chat or mail ("0.5%", "(注)", "C:\\目录" stay as written).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // A backslash only escapes ASCII punctuation; before anything else it is literal.
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
      // Entities (&amp; &#60;) would be decoded; a lone & is literal.
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;')
      // A tag, a comment or an autolink starts with < and a letter, / ! or ?.
      .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
      // Emphasis, code, strikethrough, link text and table cells, anywhere in a line.
      .replace(/([`*_~[\]|])/g, '\\$1')
      // Block markers that count only at the start of a line: headings, quotes, list
      // bullets, ordered lists ("1." "2)"), thematic breaks and setext underlines.
      .replace(/^([ \t]*)([#>+\-=])/gm, '$1\\$2')
      .replace(/^([ \t]*\d{1,9})([.)])/gm, '$1\\$2')
  );
}

/** Learner text as one Markdown paragraph or list item: escaped, line breaks kept. */
export function markdownLines(text: string, indent = ''): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${indent}${line}`))
    .join('  \n');
}
