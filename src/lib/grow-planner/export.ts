import { escapeMarkdown, markdownLines } from '../markdown';
import { STAGE_IDS, memberName, type GrowPlan, type StageInfo } from './model';
import { t } from './strings';

export interface GrowExportOptions {
  title: string;
  stages: StageInfo[];
  example?: boolean;
}

/** The plan as a Markdown conversation plan: the head, then each GROW step with its questions. */
export function growMarkdown(plan: GrowPlan, { title, stages, example = false }: GrowExportOptions): string {
  const lines: string[] = [`# ${t.planTitle}：${escapeMarkdown(title.trim() || t.untitled)}`, ''];
  if (example) lines.push(`> **示例**：这是一份编写的示例计划，供参考填写方法。`, '');
  lines.push(`- ${t.forMember}：${markdownLines(memberName(plan))}`);
  lines.push(`- ${t.forTopic}：${plan.topic.trim() ? markdownLines(plan.topic, '  ') : '（未填写）'}`);
  lines.push(
    `- ${t.forMeeting}：${plan.meeting.trim() ? markdownLines(plan.meeting, '  ') : '（未填写）'}`,
    '',
  );
  STAGE_IDS.forEach((id, i) => {
    const info = stages.find((s) => s.id === id);
    const stage = plan.stages[id];
    lines.push(`## ${i + 1}. ${info ? `${info.name}（${info.subtitle}）` : id}`, '');
    if (info) lines.push(`*${escapeMarkdown(info.purpose)}*`, '');
    if (stage.notes.trim())
      lines.push(`**${info?.notesLabel ?? '准备要点'}**：${markdownLines(stage.notes)}`, '');
    const questions = stage.questions.filter((q) => q.text.trim());
    if (questions.length)
      questions.forEach((q, n) => lines.push(`${n + 1}. ${markdownLines(q.text, '   ')}`));
    else lines.push('（还没有准备问题）');
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
