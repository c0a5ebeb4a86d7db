/** Whether a schedule's lists are on at a moment: its weekdays and minutes, in its own time zone. */
import type { ScheduledLists } from '../../../domain/dns/index.js';

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formats = new Map<string, Intl.DateTimeFormat>();

/** The ISO weekday and the minute of the day at `at` in `timeZone`. */
export function localTime(at: number, timeZone: string): { day: number; minute: number } {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: WEEKDAYS[parts['weekday']!] ?? 1, minute: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

export function isOn(schedule: ScheduledLists, at: number): boolean {
  const { day, minute } = localTime(at, schedule.timeZone);
  const { fromMinute: from, toMinute: to, days } = schedule;
  if (from <= to) return days.includes(day) && minute >= from && minute < to;
  // Across midnight: the evening belongs to the day listed, the small hours to the day after it.
  if (minute >= from) return days.includes(day);
  return minute < to && days.includes(day === 1 ? 7 : day - 1);
}
