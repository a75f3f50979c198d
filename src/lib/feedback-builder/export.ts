import { markdownLines, escapeMarkdown } from '../markdown';
import { checkFeedback } from './checks';
import { modelName, stepsFor, type FeedbackDraft } from './model';
import { previewParts } from './preview';
import { fieldLabel, t } from './strings';
import { worksheetStrings as kit } from '../worksheet/strings';

export interface FeedbackExportOptions {
  /** The sheet's title as the learner named it. */
  title: string;
  /** True for the loaded example, which the export then says it is. */
  example?: boolean;
}

/** The draft as a Markdown document: what to say, each step, and the self-check. */
export function feedbackMarkdown(
  draft: FeedbackDraft,
  { title, example = false }: FeedbackExportOptions,
): string {
  const lines: string[] = [];
  lines.push(`# ${t.markdownTitle}：${escapeMarkdown(title.trim() || t.untitled)}`, '');
  if (example) lines.push(`> **${t.example}**：${t.exampleNote}`, '');
  lines.push(`- 类型：${modelName(draft)}`);
  lines.push(`- 对象：${draft.recipient.trim() ? markdownLines(draft.recipient) : '（未写明）'}`, '');

  lines.push(`## ${t.previewTitle}`, '');
  const parts = previewParts(draft);
  if (parts.length)
    for (const part of parts)
      lines.push(`> **${part.mark} ${part.name}**　${markdownLines(part.text, '> ')}  `);
  else lines.push('（还没有填写内容）');
  lines.push('');

  lines.push('## 逐步拆解', '');
  for (const step of stepsFor(draft.kind, draft.advanced)) {
    lines.push(`### ${step.mark} ${step.name}`, '');
    for (const key of step.fields) {
      const text = draft.fields[key].trim();
      lines.push(`- ${fieldLabel(key, draft).label}：${text ? markdownLines(text, '  ') : '（未填写）'}`);
    }
    lines.push('');
  }

  lines.push(`## ${t.checksTitle}`, '');
  const issues = checkFeedback(draft);
  if (issues.length) {
    for (const issue of issues)
      lines.push(
        `- 【${issue.severity === 'warn' ? kit.checkWarn : kit.checkTodo}】${escapeMarkdown(issue.message)}`,
      );
  } else lines.push(`- ${t.checksClean}`);
  return `${lines.join('\n').trimEnd()}\n`;
}
