import { escapeMarkdown, markdownLines } from '../markdown';
import { checkGoal, planGaps, today } from './smart';
import type { GoalData } from './model';
import { goalStrings } from './strings';

const m = goalStrings.markdown;
const f = goalStrings.fields;
const st = goalStrings.steps;

/** Learner text as Markdown, or 未填写 when blank. */
const text = (value: string, indent = '  ') => (value.trim() ? markdownLines(value, indent) : m.empty);

/** A date from a date field as it is (nothing to escape); anything else escaped. */
const plain = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : escapeMarkdown(value.trim());

/** "（负责人：…；完成：…）" for an item, leaving out what is blank. */
function ownerDue(owner: string, due: string): string {
  const parts = [
    owner.trim() ? `${m.owner}：${escapeMarkdown(owner.trim())}` : '',
    due.trim() ? `${m.due}：${plain(due)}` : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
}

export interface GoalMarkdownOptions {
  title: string;
  example?: boolean | undefined;
  /** Date of export, YYYY-MM-DD. */
  date?: string;
}

/** The goal worksheet as a Markdown document: every step, the breakdown and the self-check. */
export function goalMarkdown(
  d: GoalData,
  { title, example = false, date = today() }: GoalMarkdownOptions,
): string {
  const e = d.elements;
  const lines: string[] = [
    `# ${m.heading}：${escapeMarkdown(title.trim() || goalStrings.newTitle)}`,
    '',
    `> ${m.course} · ${m.exported(date)}`,
    '',
  ];
  if (example) lines.push(`> **示例**：${m.exampleNote}`, '');

  lines.push(`## ${f.statement}`, '', text(d.statement, ''), '');

  lines.push(
    `## ${st.understand}`,
    '',
    `- **${f.source}**：${text(d.source)}`,
    `- **${f.understanding}**：${text(d.understanding)}`,
    '',
  );

  lines.push(`## ${st.set}`, '');
  const measure = [
    e.measure.trim() ? markdownLines(e.measure, '  ') : '',
    e.baseline.trim() || e.target.trim()
      ? m.baselineTarget(escapeMarkdown(e.baseline.trim() || '?'), escapeMarkdown(e.target.trim() || '?'))
      : '',
  ]
    .filter(Boolean)
    .join('；');
  lines.push(
    `1. **${f.content}**：${text(e.content, '   ')}`,
    `2. **衡量标准**：${measure || m.empty}`,
    `3. **完成期限**：${e.deadline.trim() ? plain(e.deadline) : m.empty}${e.milestones.trim() ? `；${f.milestones}：${markdownLines(e.milestones, '   ')}` : ''}`,
    `4. **${f.owner}**：${text(e.owner, '   ')}`,
    `5. **${f.resources}**：${text(e.resources, '   ')}`,
    '',
  );

  lines.push(`## ${st.obstacles}`, '');
  if (d.obstacles.length === 0) lines.push(m.none);
  d.obstacles.forEach((o, i) =>
    lines.push(
      `${i + 1}. **${f.obstacle}**：${text(o.obstacle, '   ')}  `,
      `   **${f.countermeasure}**：${text(o.countermeasure, '   ')}`,
    ),
  );
  lines.push('');

  lines.push(`## ${st.supports}`, '');
  if (d.supports.length === 0) lines.push(m.none);
  d.supports.forEach((s, i) => lines.push(`${i + 1}. ${text(s.factor, '   ')}${ownerDue(s.owner, s.due)}`));
  lines.push('');

  lines.push(
    `## ${st.deadline}`,
    '',
    `- **完成期限**：${e.deadline.trim() ? plain(e.deadline) : m.empty}`,
    `- **${f.flexibility}**：${text(d.flexibility)}`,
    '',
  );

  lines.push(`## ${st.breakdown}`, '');
  if (d.subGoals.length === 0) lines.push(m.none, '');
  d.subGoals.forEach((g, i) => {
    lines.push(
      `### ${f.subGoal} ${i + 1}：${g.title.trim() ? markdownLines(g.title) : m.empty}${ownerDue(g.owner, g.due)}`,
      '',
    );
    if (g.actions.length === 0) lines.push(m.none);
    g.actions.forEach((a) => lines.push(`- [ ] ${text(a.text, '      ')}${ownerDue(a.owner, a.due)}`));
    lines.push('');
  });

  lines.push(`## ${goalStrings.check.heading}`, '');
  for (const c of checkGoal(d, date)) {
    const mark = c.status === 'ok' ? '✓' : c.status === 'missing' ? '✗' : '!';
    lines.push(
      `- ${mark} **${goalStrings.principles[c.key]}**（${goalStrings.check.status[c.status]}）：${c.messages.map(escapeMarkdown).join(' ')}`,
    );
  }
  const gaps = planGaps(d);
  lines.push('', `### ${goalStrings.check.planHeading}`, '');
  if (gaps.length) for (const gap of gaps) lines.push(`- ${escapeMarkdown(gap)}`);
  else lines.push(`- ${goalStrings.check.planGood}`);

  return `${lines.join('\n').trimEnd()}\n`;
}
