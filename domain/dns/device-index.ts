/**
 * The device index: `dns-device/<token id>`, platform data, says whose a DNS token is (org,
 * account, device) so that a gateway can tell who sent a DoH or DoT query from the token alone.
 * The id is the token's keyed hash (the gateway's pepper): the token itself is stored nowhere. A
 * revoked token stays revoked.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  NotFoundError,
  parseAccountId,
  parseOrgId,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { DEVICE_ID } from './protocol.js';

export interface DeviceOwner {
  readonly orgId: string;
  readonly accountId: string;
  readonly deviceId: string;
}

type DeviceIndexCommand =
  ({ readonly type: 'register' } & DeviceOwner) | { readonly type: 'lookup' } | { readonly type: 'revoke' };

type DeviceIndexEvent = ({ readonly type: 'registered' } & DeviceOwner) | { readonly type: 'revoked' };

interface DeviceIndexState {
  readonly owner: DeviceOwner | undefined;
  readonly revoked: boolean;
}

function parse(payload: unknown): DeviceIndexCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'register':
      return {
        type: 'register',
        orgId: parseOrgId(fields['orgId']),
        accountId: parseAccountId(fields['accountId']),
        deviceId: stringField(fields, 'deviceId', { max: 32, pattern: DEVICE_ID }),
      };
    case 'lookup':
    case 'revoke':
      return { type: fields['type'] };
    default:
      throw unknownCommand('dns-device', fields);
  }
}

function decide(
  state: DeviceIndexState,
  command: DeviceIndexCommand,
): Decision<DeviceIndexEvent, DeviceOwner | { ok: true }> {
  switch (command.type) {
    case 'register': {
      const { type: _type, ...owner } = command;
      if (state.owner !== undefined) {
        const same = state.owner.orgId === owner.orgId && state.owner.deviceId === owner.deviceId;
        if (same && !state.revoked) return { events: [], reply: { ok: true } };
        throw new CommandRejectedError('ALREADY_EXISTS', 'this token is taken');
      }
      return { events: [{ type: 'registered', ...owner }], reply: { ok: true } };
    }
    case 'lookup':
      if (state.owner === undefined || state.revoked)
        throw new NotFoundError('no such DNS token', { what: 'dns-device' });
      return { events: [], reply: state.owner };
    case 'revoke':
      return { events: state.revoked || state.owner === undefined ? [] : [{ type: 'revoked' }], reply: { ok: true } };
  }
}

function evolve(state: DeviceIndexState, event: DeviceIndexEvent): DeviceIndexState {
  if (event.type === 'revoked') return { ...state, revoked: true };
  const { type: _type, ...owner } = event;
  return { owner, revoked: false };
}

export const dnsDevice = defineEntity({
  kind: 'dns-device',
  commands: { register: ANY_ORIGIN, lookup: ANY_ORIGIN, revoke: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): DeviceIndexState => ({ owner: undefined, revoked: false }),
  decide,
  evolve,
});
