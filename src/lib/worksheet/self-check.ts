/** How one line of a self-check reads: met, missing, could be better, a warning, or still to do. */
export type CheckTone = 'ok' | 'missing' | 'improve' | 'warn' | 'todo';

/** One line of a worksheet's self-check (SMART principles, feedback and GROW checks). */
export interface CheckLine {
  /** Unique within the list. */
  key: string;
  tone: CheckTone;
  /** What the line is about, or its kind (具体（S）, 需要注意 …). */
  title: string;
  /** A word on the state, shown in brackets after the title (已满足). */
  note?: string | undefined;
  /** Which field it concerns, e.g. 具体行为. */
  where?: string | undefined;
  messages: string[];
}

/** The icon beside each tone: the tone is said in words too, never by colour alone. */
export const CHECK_ICONS: Record<CheckTone, string> = {
  ok: '✓',
  missing: '✗',
  improve: '!',
  warn: '⚠',
  todo: '○',
};

/** True when nothing in the list asks for the learner's attention. */
export function allClear(lines: readonly CheckLine[]): boolean {
  return lines.every((line) => line.tone === 'ok');
}

/**
 * Lines from a list of warnings and to-dos (the feedback and GROW checks): warnings first,
 * each titled by its kind and, when `where` names it, the field it concerns.
 */
export function issueLines<I extends { severity: 'warn' | 'todo'; message: string }>(
  issues: readonly I[],
  titles: Record<'warn' | 'todo', string>,
  where?: (issue: I) => string | undefined,
): CheckLine[] {
  const line = (issue: I, i: number): CheckLine => ({
    key: `${issue.severity}${i}`,
    tone: issue.severity,
    title: titles[issue.severity],
    where: where?.(issue),
    messages: [issue.message],
  });
  return [
    ...issues.filter((i) => i.severity === 'warn').map(line),
    ...issues.filter((i) => i.severity === 'todo').map(line),
  ];
}
