/** When a rule's scheduled lists are on: weekdays and minutes in the schedule's own time zone. */
import t from 'tap';
import { isOn, localTime } from '../../gateway/modules/dns/schedule.js';

const at = (iso: string) => Date.parse(iso);
const weekdays = {
  lists: ['social'],
  days: [1, 2, 3, 4, 5],
  fromMinute: 9 * 60,
  toMinute: 17 * 60,
  timeZone: 'Europe/Berlin',
};

t.test('local time in a zone', async (t) => {
  // 2026-12-03 is a Thursday; Berlin is UTC+1 in winter.
  t.same(localTime(at('2026-12-03T08:30:00Z'), 'Europe/Berlin'), { day: 4, minute: 9 * 60 + 30 });
  t.same(localTime(at('2026-12-03T23:30:00Z'), 'Europe/Berlin'), { day: 5, minute: 30 }, 'past midnight there');
  t.same(localTime(at('2026-07-01T08:00:00Z'), 'Europe/Berlin'), { day: 3, minute: 10 * 60 }, 'summer time');
});

t.test('a working-hours schedule', async (t) => {
  t.ok(isOn(weekdays, at('2026-12-03T08:00:00Z')), '09:00 Thursday in Berlin: on');
  t.notOk(isOn(weekdays, at('2026-12-03T07:59:00Z')), '08:59: not yet');
  t.notOk(isOn(weekdays, at('2026-12-03T16:00:00Z')), '17:00: over (to is exclusive)');
  t.notOk(isOn(weekdays, at('2026-12-05T10:00:00Z')), 'Saturday: off');
});

t.test('a schedule across midnight belongs to the evening it starts', async (t) => {
  const nights = { ...weekdays, days: [5], fromMinute: 22 * 60, toMinute: 6 * 60, timeZone: 'UTC' };
  t.ok(isOn(nights, at('2026-12-04T23:00:00Z')), 'Friday 23:00: on');
  t.ok(isOn(nights, at('2026-12-05T05:59:00Z')), 'Saturday 05:59: still Friday night');
  t.notOk(isOn(nights, at('2026-12-05T06:00:00Z')), 'Saturday 06:00: over');
  t.notOk(isOn(nights, at('2026-12-05T23:00:00Z')), 'Saturday 23:00: not a listed evening');
  t.notOk(isOn(nights, at('2026-12-04T05:00:00Z')), 'Friday 05:00 belongs to Thursday night: off');
});
