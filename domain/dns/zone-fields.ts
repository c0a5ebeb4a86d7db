/**
 * Reading an org's zone and its records from a command: the zone a DNS name, each record's owner
 * the zone or a name under it, addresses that parse, targets that are names, TXT that is printable,
 * and no CNAME beside other records of its name (RFC 1034 3.6.2).
 */
import ipaddr from 'ipaddr.js';
import { fieldsOf, InvalidCommandError } from '../../actors/index.js';
import { MAX_RECORDS_PER_ZONE, ZONE_RECORD_TYPES } from './protocol.js';
import type { ZoneRecord, ZoneRecordType } from './protocol.js';

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?$/;

/** A DNS name lower-case without the root dot, or undefined when it is not one. */
export function dnsName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.toLowerCase().replace(/\.$/, '');
  if (name.length === 0 || name.length > 253) return undefined;
  return name.split('.').every((label) => LABEL.test(label)) ? name : undefined;
}

/** Whether `name` is `zone` or under it. */
export function inZone(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

export function parseZone(value: unknown, field = 'zone'): string {
  const zone = dnsName(value);
  if (zone === undefined || !zone.includes('.')) {
    throw new InvalidCommandError(`${field} must be a domain name with at least two labels (acme.example)`, { field });
  }
  return zone;
}

export function parseZoneRecords(value: unknown, zone: string, field = 'records'): ZoneRecord[] {
  if (!Array.isArray(value) || value.length > MAX_RECORDS_PER_ZONE) {
    throw new InvalidCommandError(`${field} must be a list of at most ${MAX_RECORDS_PER_ZONE} records`, { field });
  }
  const records = value.map((item, index) => parseRecord(item, zone, `${field}[${index}]`));
  const cnames = new Set(records.filter((record) => record.type === 'CNAME').map((record) => record.name));
  for (const [index, record] of records.entries()) {
    const clash =
      cnames.has(record.name) && (record.type !== 'CNAME' || records.filter((r) => r.name === record.name).length > 1);
    if (clash) {
      throw new InvalidCommandError(`${field}[${index}]: a name with a CNAME has no other record`, {
        field: `${field}[${index}]`,
      });
    }
  }
  return records;
}

function parseRecord(payload: unknown, zone: string, field: string): ZoneRecord {
  const fields = fieldsOf(payload);
  const fail = (what: string, message: string) =>
    new InvalidCommandError(`${field}.${what} ${message}`, { field: `${field}.${what}` });
  const name = dnsName(fields['name']);
  if (name === undefined || !inZone(name, zone)) throw fail('name', `must be ${zone} or a name under it`);
  const type = fields['type'];
  if (!(ZONE_RECORD_TYPES as readonly unknown[]).includes(type))
    throw fail('type', `must be one of ${ZONE_RECORD_TYPES.join(', ')}`);
  const ttl = fields['ttl'] ?? 300;
  if (!Number.isInteger(ttl) || (ttl as number) < 0 || (ttl as number) > 86_400)
    throw fail('ttl', 'must be 0 to 86400 seconds');
  const raw = fields['value'];
  let value: string;
  switch (type as ZoneRecordType) {
    case 'A':
      if (typeof raw !== 'string' || !ipaddr.IPv4.isValidFourPartDecimal(raw))
        throw fail('value', 'must be an IPv4 address');
      value = raw;
      break;
    case 'AAAA':
      if (typeof raw !== 'string' || !ipaddr.IPv6.isValid(raw)) throw fail('value', 'must be an IPv6 address');
      value = ipaddr.IPv6.parse(raw).toString();
      break;
    case 'CNAME':
    case 'MX': {
      const target = dnsName(raw);
      if (target === undefined) throw fail('value', 'must be a domain name');
      value = target;
      break;
    }
    case 'TXT':
      if (typeof raw !== 'string' || raw.length === 0 || raw.length > 255 || !/^[\x20-\x7e]*$/.test(raw)) {
        throw fail('value', 'must be 1 to 255 printable ASCII characters');
      }
      value = raw;
  }
  if (type !== 'MX') return { name, type: type as ZoneRecordType, ttl: ttl as number, value };
  const priority = fields['priority'] ?? 10;
  if (!Number.isInteger(priority) || (priority as number) < 0 || (priority as number) > 65_535)
    throw fail('priority', 'must be 0 to 65535');
  return { name, type: 'MX', ttl: ttl as number, value, priority: priority as number };
}
