/**
 * Every date and time the learner sees, in one place: Chinese calendar wording from the
 * browser's own Intl data (2026年12月1日 19:18), in the learner's time zone. Values that
 * are not dates come back unchanged rather than as "Invalid Date".
 */

const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });
const shortDateTime = new Intl.DateTimeFormat('zh-CN', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

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

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD in local time: the value of a date field, not display text. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 20261201-1918: a local time stamp for file names, which sort by it. */
export function fileStamp(now: Date = new Date()): string {
  return `${today(now).replaceAll('-', '')}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}
