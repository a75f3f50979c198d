import { escapeMarkdown, markdownLines } from '../markdown';
import { safeFileName } from '../download';
import { QUADRANTS, STRATEGY_KINDS, type Analysis } from './record';
import { citation, itemLabel, unusedItems } from './numbering';
import { KIND_INFO, QUADRANT_INFO } from './tows';
import { strings } from './strings';

const md = strings.md;

/** The analysis as a Markdown document; every piece of learner text is escaped so it shows literally. */
export function swotMarkdown(a: Analysis): string {
  const out: string[] = [];
  out.push(md.title(escapeMarkdown(a.title.trim() || strings.untitled)), '');
  if (a.example) out.push(md.exampleNote, '');
  out.push(`- ${md.scope}：${strings.scope[a.scope]}`);
  out.push(
    `- ${md.date}：${/^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : a.date ? escapeMarkdown(a.date) : md.notSet}`,
  );
  out.push(`- ${md.goal}：${a.goal.trim() ? markdownLines(a.goal, '  ') : md.notSet}`, '');

  for (const q of QUADRANTS) {
    out.push(md.quadrant(q, QUADRANT_INFO[q].name), '');
    const items = a.items[q];
    if (!items.length) out.push(md.none);
    items.forEach((item, i) =>
      out.push(`- **${itemLabel(q, i)}** ${item.text.trim() ? markdownLines(item.text, '  ') : md.none}`),
    );
    out.push('');
  }

  out.push(md.strategies, '');
  for (const kind of STRATEGY_KINDS) {
    const info = KIND_INFO[kind];
    out.push(md.kind(kind, info.name, info.rule), '');
    const list = a.strategies.filter((s) => s.kind === kind);
    if (!list.length) out.push(md.none);
    for (const s of list)
      out.push(`- **${citation(a, s)}** ${s.action.trim() ? markdownLines(s.action, '  ') : md.noAction}`);
    out.push('');
  }

  const unused = unusedItems(a);
  out.push(md.unused, '');
  if (!unused.length) out.push(md.none);
  for (const u of unused) out.push(`- **${u.label}** ${markdownLines(u.item.text, '  ')}`);
  out.push('');
  return out.join('\n');
}

/** File name of the Markdown export, e.g. `SWOT-我的分析-2026-05-01.md`. */
export function markdownFileName(a: Analysis): string {
  return `SWOT-${safeFileName(a.title, strings.untitled)}${/^\d{4}-\d{2}-\d{2}$/.test(a.date) ? `-${a.date}` : ''}.md`;
}
