/**
 * The trainer's agenda: lays the units out over one or more classroom days, scaling each
 * unit's suggested minutes to the teaching time the days hold.
 */

export interface AgendaUnit {
  id: string;
  label: string;
  title: string;
  minutes: number;
}

/** A block of teaching time within a day, e.g. the morning. */
export interface Session {
  start: string;
  end: string;
  /** A tea break of this many minutes in the middle of the session (0 for none). */
  breakMinutes: number;
}

export interface AgendaOptions {
  days: number;
  sessions: readonly Session[];
  /** Allocations are rounded to this many minutes. */
  step: number;
  /** No unit starts with less than this before a break (default 15). */
  minPiece?: number;
}

export type AgendaRow =
  | {
      kind: 'unit';
      day: number;
      start: string;
      end: string;
      minutes: number;
      unit: AgendaUnit;
      part: number;
      parts: number;
    }
  | { kind: 'break' | 'lunch'; day: number; start: string; end: string; minutes: number };

export interface AgendaPlan {
  days: number;
  /** Minutes of teaching the plan holds, breaks excluded. */
  teachingMinutes: number;
  /** Each unit's allocated minutes, in course order. */
  allocation: { unit: AgendaUnit; minutes: number }[];
  rows: AgendaRow[];
}

/** 09:00–12:00 and 13:30–16:30: six hours a day, each half with a 15-minute break. */
export const STANDARD_DAY: readonly Session[] = [
  { start: '09:00', end: '12:00', breakMinutes: 15 },
  { start: '13:30', end: '16:30', breakMinutes: 15 },
];

export function toMinutes(clock: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`时间格式应为 HH:MM，收到「${clock}」`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Teaching minutes in one day of the given sessions. */
export function teachingMinutesPerDay(sessions: readonly Session[]): number {
  return sessions.reduce((sum, s) => sum + toMinutes(s.end) - toMinutes(s.start) - s.breakMinutes, 0);
}

/**
 * Shares `total` minutes between the units in proportion to their suggested minutes,
 * each a multiple of `step` and at least one step; the rounding remainder goes to the
 * units with the largest fractional parts so that the shares add up exactly.
 */
export function allocate(units: readonly AgendaUnit[], total: number, step: number): number[] {
  if (units.length === 0) return [];
  const steps = Math.floor(total / step);
  if (steps < units.length) {
    throw new Error(
      `可用时间太短：${units.length} 个单元每个至少 ${step} 分钟，共需 ${units.length * step} 分钟，现有 ${total} 分钟`,
    );
  }
  const suggested = units.reduce((sum, u) => sum + u.minutes, 0);
  const exact = units.map((u) => (u.minutes / suggested) * steps);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = steps - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) shares[byRemainder[k]!.i]! += 1;
  // Units raised to the one-step minimum may push the sum over: take back from the largest.
  while (left < 0) {
    const largest = shares.indexOf(Math.max(...shares));
    shares[largest]! -= 1;
    left++;
  }
  return shares.map((s) => s * step);
}

/** The fewest days of these sessions that give each of `unitCount` units `minutes` of teaching. */
export function fewestDays(unitCount: number, sessions: readonly Session[], minutes: number): number {
  return Math.max(1, Math.ceil((unitCount * minutes) / teachingMinutesPerDay(sessions)));
}

/**
 * The runs the agenda page lays out: a 1-day and a 2-day course, or, for a course too big
 * for one day (a second course, dozens of units), the fewest days that give every unit at
 * least `minPiece` minutes and one day more.
 */
export function agendaDayOptions(
  unitCount: number,
  sessions: readonly Session[],
  minPiece = 15,
): [number, number] {
  const days = fewestDays(unitCount, sessions, minPiece);
  return [days, days + 1];
}

/** Plans the course over `days` days: scaled allocations laid into sessions, with breaks and lunch. */
export function planAgenda(units: readonly AgendaUnit[], options: AgendaOptions): AgendaPlan {
  const { days, sessions, step } = options;
  if (!Number.isInteger(days) || days < 1) throw new Error('天数应为正整数');
  const perDay = teachingMinutesPerDay(sessions);
  const teachingMinutes = perDay * days;
  if (Math.floor(teachingMinutes / step) < units.length) {
    throw new Error(
      `${units.length} 个单元排不进 ${days} 天：每个单元至少 ${step} 分钟，至少需要 ${fewestDays(units.length, sessions, step)} 天`,
    );
  }
  const shares = allocate(units, teachingMinutes, step);

  // Teaching slots in order, each a stretch of uninterrupted time.
  const slots: { day: number; start: number; end: number; after?: AgendaRow }[] = [];
  const pauses: AgendaRow[] = [];
  for (let day = 1; day <= days; day++) {
    sessions.forEach((session, si) => {
      const start = toMinutes(session.start);
      const end = toMinutes(session.end);
      const length = end - start - session.breakMinutes;
      if (session.breakMinutes > 0) {
        const breakStart = start + Math.round(length / 2 / step) * step;
        slots.push({ day, start, end: breakStart });
        pauses.push({
          kind: 'break',
          day,
          start: toClock(breakStart),
          end: toClock(breakStart + session.breakMinutes),
          minutes: session.breakMinutes,
        });
        slots.push({ day, start: breakStart + session.breakMinutes, end });
      } else {
        slots.push({ day, start, end });
      }
      const next = sessions[si + 1];
      if (next) {
        pauses.push({
          kind: 'lunch',
          day,
          start: session.end,
          end: next.start,
          minutes: toMinutes(next.start) - end,
        });
      }
    });
  }

  // Lay the units into the slots in order. A unit that would start with a sliver of time
  // before a break (shorter than `minPiece`) starts after it instead: the sliver goes to
  // the unit before it, so no row in the plan is a few minutes long.
  const minPiece = options.minPiece ?? 15;
  const pieces: { ui: number; slot: number; day: number; start: number; end: number }[] = [];
  let slotIndex = 0;
  let cursor = slots[0]?.start ?? 0;
  units.forEach((_, ui) => {
    let remaining = shares[ui]!;
    while (remaining > 0 && slotIndex < slots.length) {
      const slot = slots[slotIndex]!;
      let take = Math.min(remaining, slot.end - cursor);
      const previous = pieces.at(-1);
      const sliver =
        take < minPiece && take < remaining && previous && previous.slot === slotIndex && previous.ui !== ui;
      if (sliver) {
        previous.end += take;
        shares[previous.ui]! += take;
        shares[ui]! -= take;
        remaining -= take;
        cursor += take;
        take = 0;
      }
      // Likewise a unit would end with a sliver after the break: that time goes to the next unit.
      const tail = remaining - take;
      if (take > 0 && tail > 0 && tail < minPiece && ui + 1 < units.length) {
        shares[ui]! -= tail;
        shares[ui + 1]! += tail;
        remaining -= tail;
      }
      if (take > 0) {
        pieces.push({ ui, slot: slotIndex, day: slot.day, start: cursor, end: cursor + take });
        cursor += take;
        remaining -= take;
      }
      if (cursor >= slot.end) {
        slotIndex++;
        cursor = slots[slotIndex]?.start ?? cursor;
      }
    }
  });
  const unitRows: AgendaRow[] = pieces.map((p) => {
    const ofUnit = pieces.filter((q) => q.ui === p.ui);
    return {
      kind: 'unit',
      day: p.day,
      start: toClock(p.start),
      end: toClock(p.end),
      minutes: p.end - p.start,
      unit: units[p.ui]!,
      part: ofUnit.indexOf(p) + 1,
      parts: ofUnit.length,
    };
  });

  const rows = [...unitRows, ...pauses].sort(
    (a, b) => a.day - b.day || toMinutes(a.start) - toMinutes(b.start),
  );
  return { days, teachingMinutes, allocation: units.map((unit, i) => ({ unit, minutes: shares[i]! })), rows };
}
