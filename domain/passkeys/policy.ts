/**
 * An org's passkey policy: `passkey-policy/<org>`, which authenticator models (by AAGUID) its
 * members may register: only those of `allowed` when it is not empty, never those of `denied`.
 * A passkey made by an authenticator that names no model (AAGUID all zeros, as many synced
 * passkeys do) passes a deny list and fails an allow list.
 */
import { ANY_ORIGIN, defineEntity, fieldsOf, InvalidCommandError, unknownCommand } from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';

const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Most AAGUIDs in each list. */
export const MAX_POLICY_AAGUIDS = 200;

export interface PasskeyPolicy {
  readonly allowed: readonly string[];
  readonly denied: readonly string[];
}

export type PasskeyPolicyCommand = ({ readonly type: 'set' } & PasskeyPolicy) | { readonly type: 'get' };
type PasskeyPolicyEvent = { readonly type: 'set'; readonly at: number } & PasskeyPolicy;

const NO_POLICY: PasskeyPolicy = Object.freeze({ allowed: [], denied: [] });

/** Whether the policy lets an authenticator of this AAGUID register. */
export function aaguidAllowed(policy: PasskeyPolicy, aaguid: string): boolean {
  const id = aaguid.toLowerCase();
  if (policy.denied.includes(id)) return false;
  return policy.allowed.length === 0 || policy.allowed.includes(id);
}

function parse(payload: unknown): PasskeyPolicyCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'set':
      return { type: 'set', allowed: aaguids(fields, 'allowed'), denied: aaguids(fields, 'denied') };
    case 'get':
      return { type: 'get' };
    default:
      throw unknownCommand('passkey-policy', fields);
  }
}

function aaguids(fields: Record<string, unknown>, name: string): string[] {
  const list = fields[name];
  if (!Array.isArray(list) || list.length > MAX_POLICY_AAGUIDS) {
    throw new InvalidCommandError(`${name} must be a list of at most ${MAX_POLICY_AAGUIDS} AAGUIDs`, { field: name });
  }
  return list.map((value) => {
    const id = typeof value === 'string' ? value.toLowerCase() : '';
    if (!AAGUID.test(id))
      throw new InvalidCommandError(`${name}: ${String(value).slice(0, 40)} is not an AAGUID`, { field: name });
    return id;
  });
}

function decide(
  state: PasskeyPolicy,
  command: PasskeyPolicyCommand,
  context: { now: number },
): Decision<PasskeyPolicyEvent, PasskeyPolicy> {
  if (command.type === 'get') return { events: [], reply: state };
  const { allowed, denied } = command;
  return { events: [{ type: 'set', allowed, denied, at: context.now }], reply: { allowed, denied } };
}

export const passkeyPolicy = defineEntity({
  kind: 'passkey-policy',
  commands: { set: ANY_ORIGIN, get: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): PasskeyPolicy => NO_POLICY,
  decide,
  evolve: (_state: PasskeyPolicy, event: PasskeyPolicyEvent): PasskeyPolicy => ({
    allowed: event.allowed,
    denied: event.denied,
  }),
  // A changed policy goes to the org's audit trail.
  outbox: (change) =>
    auditMessage(change.context.id, change, ({ before, after, command }) =>
      command.type === 'set' ? { action: 'org.passkeys.policy', before, after } : undefined,
    ),
  // The org's, sealed with its key, living with it.
  keyScope: (id) => id,
  snapshotEvery: 50,
});
