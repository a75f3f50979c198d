import { escapeMarkdown, markdownLines } from '../markdown';
import { compareMetric, metricName, targetText, type Comparison } from './compare';
import type { ReviewAction, ReviewData } from './model';
import { firstQuestionNumber, type ReviewStepPrompt } from './step-names';
import { reviewStrings } from './strings';

const doc = reviewStrings.doc;
const f = reviewStrings.fields;
const filled = (text: string) => text.trim() !== '';

/** One row of the results table in the document. */
export interface DocumentMetric {
  name: string;
  target: string;
  actual: string;
  comparison: Comparison;
}

/** The finished 复盘 document: what is printed and what is exported, from one model. */
export interface ReviewDocument {
  title: string;
  example: boolean;
  date: string;
  meta: { label: string; value: string }[];
  metrics: DocumentMetric[];
  /** The 复盘思维梳理表: 目标、结果、亮点、不足、原因、规律、行动, each as lines of text. */
  table: { column: string; lines: string[] }[];
  /** The six steps with their Q10 prompts and the answers. */
  steps: { name: string; answers: { label: string; question?: string | undefined; lines: string[] }[] }[];
  actions: ReviewAction[];
}

/** "1. …", "2. …" when there is more than one. */
const numbered = (items: string[]) =>
  items.length > 1 ? items.map((item, i) => `${i + 1}. ${item}`) : items;

const lines = (text: string) => (filled(text) ? text.trim().split(/\r?\n/).filter(filled) : []);

/** "开始做：… — 负责人 …，完成 …（写入 …）" for one action. */
export function actionLine(a: ReviewAction): string {
  const parts = [
    a.owner.trim() ? `${f.owner} ${a.owner.trim()}` : '',
    a.due.trim() ? `${f.due} ${a.due.trim()}` : '',
  ].filter(Boolean);
  return `${f.kinds[a.kind]}：${a.what.trim() || doc.empty}${parts.length ? `（${parts.join('，')}）` : ''}${a.document.trim() ? `，写入「${a.document.trim()}」` : ''}`;
}

/** "首次响应：26 秒，达成（优于目标 4 秒，为目标的 86.7%）" for one metric. */
export function resultLine(m: DocumentMetric): string {
  const c = m.comparison;
  if (c.status === 'pending' || c.status === 'invalid') return `${m.name}：${c.message}`;
  return `${m.name}：${m.actual}，${c.verdict}（${c.gapText}，${c.percentText}）`;
}

/** Builds the document a manager hands in from the six steps of a 复盘 worksheet. */
export function buildReviewDocument(
  d: ReviewData,
  prompts: ReviewStepPrompt[],
  options: { title: string; example?: boolean | undefined; date: string },
): ReviewDocument {
  const unitOf = (unit: string) => (unit.trim() ? ` ${unit.trim()}` : '');
  const metrics: DocumentMetric[] = d.metrics
    .filter((x) => filled(x.name) || filled(x.target) || filled(x.actual))
    .map((x, i) => ({
      name: metricName(x, i),
      target: targetText(x) || doc.empty,
      actual: filled(x.actual) ? `${x.actual.trim()}${unitOf(x.unit)}` : doc.empty,
      comparison: compareMetric(x),
    }));
  const rules = d.rules.filter((r) => filled(r.rule));
  const actions = d.actions.filter((a) => filled(a.what));
  const q = (step: number, n: number) => ({
    question: prompts[step]?.questions[n],
    number: firstQuestionNumber(step) + n,
  });
  const answer = (step: number, n: number | undefined, label: string, text: string | string[]) => {
    const prompt = n === undefined ? undefined : q(step, n);
    return {
      label,
      question: prompt?.question ? `Q${prompt.number} ${prompt.question}` : undefined,
      lines: Array.isArray(text) ? text : lines(text),
    };
  };
  const name = (i: number) => prompts[i]?.name ?? '';

  return {
    title: options.title.trim() || reviewStrings.newTitle,
    example: options.example ?? false,
    date: options.date,
    meta: [
      { label: doc.meta.subject, value: d.subject.trim() },
      { label: doc.meta.period, value: d.period.trim() },
      { label: doc.meta.participants, value: d.participants.trim() },
    ],
    metrics,
    table: [
      { column: doc.rows.goal, lines: [...lines(d.goal), ...metrics.map((x) => `${x.name} ${x.target}`)] },
      { column: doc.rows.result, lines: [...metrics.map(resultLine), ...lines(d.resultNotes)] },
      { column: doc.rows.highlights, lines: lines(d.highlights) },
      { column: doc.rows.shortfalls, lines: lines(d.shortfalls) },
      { column: doc.rows.causes, lines: lines(d.causes) },
      { column: doc.rows.rules, lines: numbered(rules.map((r) => r.rule.trim())) },
      { column: doc.rows.actions, lines: numbered(actions.map(actionLine)) },
    ],
    steps: [
      { name: name(0), answers: [answer(0, 0, f.goal, d.goal), answer(0, 1, f.goalOrigin, d.goalOrigin)] },
      {
        name: name(1),
        answers: [
          answer(
            1,
            0,
            f.events,
            d.events
              .filter((e) => filled(e.what))
              .map((e) => (e.when.trim() ? `${e.when.trim()}：${e.what.trim()}` : e.what.trim())),
          ),
          answer(1, 1, f.surprises, d.surprises),
        ],
      },
      {
        name: name(2),
        answers: [
          answer(2, 0, f.resultNotes, [...metrics.map(resultLine), ...lines(d.resultNotes)]),
          answer(2, 1, f.highlights, d.highlights),
          answer(2, undefined, f.shortfalls, d.shortfalls),
        ],
      },
      { name: name(3), answers: [answer(3, 0, f.causes, d.causes), answer(3, 1, f.luck, d.luck)] },
      {
        name: name(4),
        answers: [
          answer(
            4,
            0,
            f.rule,
            rules.map((r) =>
              r.test.trim() ? `${r.rule.trim()}（${doc.test}：${r.test.trim()}）` : r.rule.trim(),
            ),
          ),
        ],
      },
      { name: name(5), answers: [answer(5, 0, doc.actionsHeading, actions.map(actionLine))] },
    ],
    actions,
  };
}

/** A table cell: escaped, lines joined with <br> so the table stays one row. */
const cell = (parts: string[]) =>
  parts.length ? parts.map((p) => escapeMarkdown(p)).join('<br>') : doc.empty;

/** The 复盘 document as Markdown. */
export function reviewMarkdown(document: ReviewDocument): string {
  const out: string[] = [
    `# ${doc.heading}：${escapeMarkdown(document.title)}`,
    '',
    `> ${doc.course} · ${doc.exported(document.date)}`,
    '',
  ];
  if (document.example) out.push(`> **示例**：${doc.exampleNote}`, '');
  for (const { label, value } of document.meta)
    out.push(`- **${label}**：${value ? markdownLines(value, '  ') : doc.empty}`);
  out.push('');

  out.push(`## ${reviewStrings.compare.heading}`, '');
  if (document.metrics.length) {
    const cmp = reviewStrings.compare;
    out.push(
      `| 指标 | ${cmp.target} | ${cmp.actual} | ${cmp.gap} | ${cmp.percent} | ${cmp.verdict} |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const x of document.metrics) {
      const c = x.comparison;
      const ok = c.status !== 'pending' && c.status !== 'invalid';
      out.push(
        `| ${cell([x.name])} | ${cell([x.target])} | ${cell([x.actual])} | ${ok ? c.gapText : '—'} | ${ok ? (c.percent === undefined ? '—' : `${Number(c.percent.toFixed(1))}%`) : '—'} | ${ok ? c.verdict : cell([c.message])} |`,
      );
    }
  } else out.push(doc.none);
  out.push('');

  out.push(
    `## ${doc.tableHeading}`,
    '',
    `| ${doc.columns.column} | ${doc.columns.content} |`,
    '| --- | --- |',
  );
  for (const row of document.table) out.push(`| ${row.column} | ${cell(row.lines)} |`);
  out.push('');

  out.push(`## ${doc.stepsHeading}`, '');
  document.steps.forEach((step, i) => {
    out.push(`### ${i + 1}. ${step.name}`, '');
    for (const a of step.answers) {
      out.push(`**${a.label}**${a.question ? `（${escapeMarkdown(a.question)}）` : ''}`, '');
      if (a.lines.length) for (const line of a.lines) out.push(`- ${markdownLines(line, '  ')}`);
      else out.push(doc.empty);
      out.push('');
    }
  });
  return `${out.join('\n').trimEnd()}\n`;
}
