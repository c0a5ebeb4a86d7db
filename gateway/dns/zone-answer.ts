/**
 * Authoritative answers from one of an org's zones (AA set): the records of the name and type
 * asked, a CNAME of the name whatever the type, NODATA when the name has records of other types
 * (or names under it), NXDOMAIN when it has none; negative answers carry the zone's SOA so
 * resolvers cache them for its minimum TTL (RFC 2308).
 */
import dnsPacket from 'dns-packet';
import type { Answer, DecodedPacket, Packet } from 'dns-packet';
import type { ZoneRecord } from '../../domain/dns/index.js';
import { comparableName, RCODE } from './dns-message.js';

/** How long a negative answer from a zone may be cached. */
const NEGATIVE_TTL_S = 300;

export function zoneAnswer(query: DecodedPacket, zone: string, records: readonly ZoneRecord[], serial: number): Packet {
  const question = query.questions![0]!;
  const name = comparableName(question.name);
  const own = records.filter((record) => record.name === name);
  const cname = own.find((record) => record.type === 'CNAME');
  const matching =
    cname !== undefined && question.type !== 'CNAME' ? [cname] : own.filter((record) => record.type === question.type);
  const exists = own.length > 0 || name === zone || records.some((record) => record.name.endsWith(`.${name}`));
  const flags =
    dnsPacket.AUTHORITATIVE_ANSWER | (query.flag_rd ? dnsPacket.RECURSION_DESIRED : 0) | dnsPacket.RECURSION_AVAILABLE;
  if (matching.length > 0) {
    return { type: 'response', id: query.id ?? 0, flags, questions: [question], answers: matching.map(toAnswer) };
  }
  return {
    type: 'response',
    id: query.id ?? 0,
    flags: flags | (exists ? RCODE.NOERROR : RCODE.NXDOMAIN),
    questions: [question],
    answers: [],
    authorities: [soaOf(zone, serial)],
  };
}

function toAnswer(record: ZoneRecord): Answer {
  const base = { name: record.name, ttl: record.ttl, class: 'IN' as const };
  switch (record.type) {
    case 'MX':
      return { ...base, type: 'MX', data: { preference: record.priority ?? 10, exchange: record.value } };
    case 'TXT':
      return { ...base, type: 'TXT', data: record.value };
    default:
      return { ...base, type: record.type, data: record.value } as Answer;
  }
}

function soaOf(zone: string, serial: number): Answer {
  return {
    name: zone,
    type: 'SOA',
    ttl: NEGATIVE_TTL_S,
    class: 'IN',
    data: {
      mname: `ns.${zone}`,
      rname: `hostmaster.${zone}`,
      serial,
      refresh: 3600,
      retry: 600,
      expire: 86_400,
      minimum: NEGATIVE_TTL_S,
    },
  };
}
