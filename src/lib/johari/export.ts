/** The learner's window as a Markdown document, for download. */
import { escapeMarkdown, markdownLines } from '../markdown';
import { fillWindow, PANES } from './panes';
import type { JohariRecord } from './record';
import type { Trait } from './rules';
import { paneText, strings } from './strings';
import { formatDate } from '../format';

/** A Markdown summary: picks, the four panes with counts, the notes and the reflection. */
export function johariMarkdown(
  record: JohariRecord,
  traits: readonly Trait[],
  date: Date = new Date(),
): string {
  const window = fillWindow(
    traits,
    record.self,
    record.replies.map((r) => r.traits),
  );
  const wordOf = (id: number) => traits.find((t) => t.id === id)?.word ?? `#${id}`;
  const name = record.name.trim() ? escapeMarkdown(record.name.trim()) : '（未填写称呼）';
  const out: string[] = [
    `# ${strings.title}：${name}`,
    '',
    `导出时间：${formatDate(date)}　同事回复：${window.peerCount} 份`,
    '',
  ];
  out.push('## 我选的词', '', record.self.length ? record.self.map(wordOf).join('、') : '（还没有选）', '');
  for (const id of PANES) {
    const pane = window.panes[id];
    out.push(`## ${paneText[id].name}（${paneText[id].axes}）`, '');
    if (!pane.length) out.push(strings.paneEmpty, '');
    else if (id === 'unknown') out.push(pane.map((t) => t.word).join('、'), '');
    else {
      for (const t of pane)
        out.push(`- ${t.word}${t.peers ? `：${t.peers} 位同事选了` : ''}${t.self ? '；我也选了' : ''}`);
      out.push('');
    }
  }
  const section = (title: string, fields: [string, string][]) => {
    const filled = fields.filter(([, v]) => v.trim());
    if (!filled.length) return;
    out.push(`## ${title}`, '');
    for (const [label, value] of filled)
      out.push(`**${escapeMarkdown(label)}**`, '', markdownLines(value), '');
  };
  section('面具访谈', [
    [strings.maskFace, record.mask.face],
    [strings.maskBehind, record.mask.behind],
  ]);
  const r = record.reflection;
  if (r.trait !== null || r.seen.trim() || r.meaning.trim() || r.action.trim()) {
    const word = r.trait === null ? '（未选择）' : wordOf(r.trait);
    section(`反思：盲区里的「${word}」`, [
      [strings.reflectSeen(word), r.seen],
      [strings.reflectMeaning, r.meaning],
      [strings.reflectAction, r.action],
    ]);
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
