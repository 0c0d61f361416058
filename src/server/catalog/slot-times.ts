/**
 * Wall-clock times in a store's time zone (IANA name, Store.timeZone) and the instants they
 * stand for. Slots are stored as UTC instants; merchants enter and shoppers read them in the
 * store's zone. Pure functions over Intl (no time-zone library needed), so unit-testable.
 */

const DAY_MS = 86_400_000;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock at `instant` in `timeZone`, as if it were UTC (ms since the epoch). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of partsFormat(timeZone).formatToParts(new Date(instant))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at `instant` (ms; +05:30 is 19,800,000). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/** A calendar date "YYYY-MM-DD" as [year, month (1-12), day], or null when no such day exists. */
export function parseLocalDate(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? [y, mo, d] : null;
}

/** A 24-hour time "HH:MM" as [hours, minutes], or null. */
export function parseLocalTime(time: string): [number, number] | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`. When clocks go back
 * and the time happens twice, the earlier one; null when clocks go forward over it (the time
 * never happens that day) or the date or time is malformed.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date | null {
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  if (!d || !t) return null;
  const wall = Date.UTC(d[0], d[1] - 1, d[2], t[0], t[1]);
  // Zone offsets change at most once within a day either side: try the offset before and after.
  const candidates = [...new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone), offsetAt(wall, timeZone)])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((x, y) => x - y);
  return candidates.length ? new Date(candidates[0]!) : null;
}

/** The calendar date and time an instant shows in `timeZone`: { date: "YYYY-MM-DD", time: "HH:MM" }. */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockMs(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Weekday of a calendar date (0 = Sunday ... 6 = Saturday): the same in every zone. */
export function weekdayOf(date: string): number {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return new Date(Date.UTC(d[0], d[1] - 1, d[2])).getUTCDay();
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return new Date(Date.UTC(d[0], d[1] - 1, d[2] + days)).toISOString().slice(0, 10);
}

/**
 * The dates of a series: the first `count` days from `startDate` on (inclusive) whose weekday
 * is in `weekdays` (every day when `weekdays` is empty).
 */
export function seriesDates(startDate: string, weekdays: readonly number[], count: number): string[] {
  const days = new Set(weekdays);
  const dates: string[] = [];
  for (let date = startDate; dates.length < count; date = addDays(date, 1)) {
    if (days.size === 0 || days.has(weekdayOf(date))) dates.push(date);
  }
  return dates;
}

/** A formatter for slot times in the store's zone ("Tue, 1 Dec 2026, 09:30"). */
export function slotTimeFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

/**
 * A slot's start and end as people read them in the store's zone: the start in full, the end
 * as a time when it is on the same day ("Tue, 1 Dec 2026, 09:30" and "11:00").
 */
export function formatSlotTimes(slot: { startsAt: Date; endsAt: Date }, timeZone: string): { start: string; end: string } {
  const when = slotTimeFormat(timeZone);
  const end = localDateTime(slot.endsAt, timeZone);
  const sameDay = localDateTime(slot.startsAt, timeZone).date === end.date;
  return { start: when.format(slot.startsAt), end: sameDay ? end.time : when.format(slot.endsAt) };
}
