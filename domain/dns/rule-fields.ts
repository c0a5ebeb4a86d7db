/**
 * Reading a DNS rule and its parts from a command, field by field, each refusal naming the field:
 * list names of the catalog's form, domains as DNS names (`*.` allowed in front), schedules with
 * weekdays, minutes and a time zone the runtime knows.
 */
import { fieldsOf, InvalidCommandError, parseAccountId, parseProjectId } from '../../actors/index.js';
import { GROUP_NAME, LIST_NAME, MAX_LISTS_PER_RULE, MAX_NAMES_PER_RULE, MAX_SCHEDULES_PER_RULE } from './protocol.js';
import type { DnsRule, RuleTarget, ScheduledLists } from './protocol.js';

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?$/;

/** `org`, `project:<project id>` or `user:<account id>`. */
export function parseRuleTarget(value: unknown, field = 'target'): RuleTarget {
  if (value === 'org') return 'org';
  if (typeof value === 'string' && value.startsWith('project:')) {
    return `project:${parseProjectId(value.slice(8), field)}`;
  }
  if (typeof value === 'string' && value.startsWith('user:')) return `user:${parseAccountId(value.slice(5), field)}`;
  if (typeof value === 'string' && value.startsWith('group:')) return `group:${parseGroupName(value.slice(6), field)}`;
  throw new InvalidCommandError(`${field} must be org, project:<project id>, group:<group> or user:<account id>`, {
    field,
  });
}

/** @throws InvalidCommandError when `value` is not a group's name */
export function parseGroupName(value: unknown, field = 'group'): string {
  if (typeof value !== 'string' || !GROUP_NAME.test(value)) {
    throw new InvalidCommandError(`${field}: a group is 1 to 63 lower-case letters, digits and dashes`, { field });
  }
  return value;
}

export function parseDnsRule(payload: unknown, field = 'rule'): DnsRule {
  const fields = fieldsOf(payload);
  return {
    lists: listNames(fields['lists'], `${field}.lists`),
    schedules: arrayOf(fields['schedules'], `${field}.schedules`, MAX_SCHEDULES_PER_RULE).map((item, i) =>
      parseSchedule(item, `${field}.schedules[${i}]`),
    ),
    block: domains(fields['block'], `${field}.block`),
    allow: domains(fields['allow'], `${field}.allow`),
  };
}

function parseSchedule(payload: unknown, field: string): ScheduledLists {
  const fields = fieldsOf(payload);
  const days = arrayOf(fields['days'], `${field}.days`, 7);
  if (
    days.length === 0 ||
    !days.every((day) => Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 7)
  ) {
    throw new InvalidCommandError(`${field}.days must list weekdays from 1 (Monday) to 7 (Sunday)`, {
      field: `${field}.days`,
    });
  }
  const minute = (name: string) => {
    const value = fields[name];
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 1440) {
      throw new InvalidCommandError(`${field}.${name} must be minutes after midnight, 0 to 1440`, {
        field: `${field}.${name}`,
      });
    }
    return value as number;
  };
  const timeZone = fields['timeZone'];
  if (typeof timeZone !== 'string' || timeZone.length > 64 || !isTimeZone(timeZone)) {
    throw new InvalidCommandError(`${field}.timeZone must be an IANA time zone such as Europe/Berlin`, {
      field: `${field}.timeZone`,
    });
  }
  const lists = listNames(fields['lists'], `${field}.lists`);
  if (lists.length === 0) throw new InvalidCommandError(`${field}.lists names no list`, { field: `${field}.lists` });
  return {
    lists,
    days: [...new Set(days as number[])].sort(),
    fromMinute: minute('fromMinute'),
    toMinute: minute('toMinute'),
    timeZone,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function listNames(value: unknown, field: string): string[] {
  const names = arrayOf(value, field, MAX_LISTS_PER_RULE);
  for (const name of names) {
    if (typeof name !== 'string' || !LIST_NAME.test(name)) {
      throw new InvalidCommandError(`${field}: a list name is lower-case letters, digits and '-'`, { field });
    }
  }
  return [...new Set(names as string[])];
}

/** Domains of a rule, lower-case without the root dot; `*.` in front means the names below only. */
function domains(value: unknown, field: string): string[] {
  const names = arrayOf(value, field, MAX_NAMES_PER_RULE);
  return [
    ...new Set(
      names.map((name, index) => {
        const text = typeof name === 'string' ? name.toLowerCase().replace(/\.$/, '') : '';
        const bare = text.startsWith('*.') ? text.slice(2) : text;
        if (bare.length === 0 || bare.length > 253 || !bare.split('.').every((label) => LABEL.test(label))) {
          throw new InvalidCommandError(`${field}[${index}] is not a domain name`, { field });
        }
        return text;
      }),
    ),
  ];
}

function arrayOf(value: unknown, field: string, max: number): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) {
    throw new InvalidCommandError(`${field} must be a list of at most ${max}`, { field });
  }
  return value;
}
