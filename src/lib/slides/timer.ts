/** The speaker window's clock: time since the session started and time left of the unit's minutes. */

/** Milliseconds as 「m:ss」, or 「h:mm:ss」 from an hour on. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** What the timer shows. */
export interface TimerView {
  elapsed: string;
  /** Time left, or time over once the unit's minutes are used up. */
  remaining: string;
  over: boolean;
  /** True in the last 10 % of the time (at least the last 2 minutes), as a warning. */
  ending: boolean;
}

/** The timer's text at `now` for a session started at `startedAt` (ms) planned for `minutes`. */
export function timerView(startedAt: number | null, now: number, minutes: number): TimerView {
  const planned = minutes * 60_000;
  const elapsed = startedAt === null ? 0 : Math.max(now - startedAt, 0);
  const left = planned - elapsed;
  return {
    elapsed: formatClock(elapsed),
    // Count down in whole seconds still to go, so a fresh hour reads 60:00, not 59:59.
    remaining: formatClock(left >= 0 ? Math.ceil(left / 1000) * 1000 : -left),
    over: left < 0,
    ending: left >= 0 && left <= Math.max(planned * 0.1, 120_000),
  };
}
