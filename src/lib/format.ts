/**
 * Every date and time the learner sees, in one place: Chinese calendar wording
 * (2026年12月1日 19:18), in the learner's time zone. Values that
 * are not dates come back unchanged rather than as "Invalid Date".
 */

// Written by hand rather than with Intl.DateTimeFormat: the first zh-CN formatter costs
// Chromium about 60 ms of locale loading, a long task on a page listing many attempts.
// The wording is what zh-CN's medium date and short time give (2026年12月1日 19:18).
const dateTime = { format: (d: Date) => `${dateOnly.format(d)} ${clock(d)}` };
const dateOnly = { format: (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日` };
const shortDateTime = { format: (d: Date) => `${d.getMonth() + 1}月${d.getDate()}日 ${clock(d)}` };
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

const pad = (n: number) => String(n).padStart(2, '0');

function asDate(value: string | number | Date): Date | undefined {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** 2026年12月1日 19:18 */
export function formatDateTime(value: string | number | Date): string {
  const d = asDate(value);
  return d ? dateTime.format(d) : String(value);
}

/** 2026年12月1日 */
export function formatDate(value: string | number | Date): string {
  const d = asDate(value);
  return d ? dateOnly.format(d) : String(value);
}

/** 12月1日 19:18, where the year goes without saying (recent replies). */
export function formatShortDateTime(value: string | number | Date): string {
  const d = asDate(value);
  return d ? shortDateTime.format(d) : String(value);
}

/** Today as YYYY-MM-DD in local time: the value of a date field, not display text. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 20261201-1918: a local time stamp for file names, which sort by it. */
export function fileStamp(now: Date = new Date()): string {
  return `${today(now).replaceAll('-', '')}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}
