import t from 'tap';
import { Envelope, Reply } from '../../../proto/index.js';
import { ANY_ORIGIN, defineEntity, nodeSubject, OPERATOR_ONLY, RequestDeniedError } from '../../../actors/index.js';
import type { RequestGuard } from '../../../actors/index.js';
import { ledger } from '../../../domain/index.js';
import { randomKeyring, tempStore, testNode } from '../../helpers/runtime-parts.js';

function envelope(overrides: Record<string, unknown> = {}): Uint8Array {
  return Envelope.encode({
    targetKind: 'ledger',
    targetId: 'door',
    method: 'append',
    payload: new TextEncoder().encode(JSON.stringify({ type: 'append', amount: 1 })),
    deadlineUnixMs: Date.now() + 5000,
    requestId: 'req-1',
    caller: { origin: 'system' },
    ...overrides,
  }).finish();
}

function failureOf(bytes: Uint8Array): { code: string; message: string; retryable: boolean } {
  const reply = Reply.decode(bytes);
  if (!reply.failure) throw new Error('expected a failure reply');
  return {
    code: reply.failure.code ?? '',
    message: reply.failure.message ?? '',
    retryable: reply.failure.retryable ?? false,
  };
}

t.test('bad input on the wire gets a clear failure and crashes nothing', async (t) => {
  await using store = await tempStore();
  // A kind whose writes only the operator's path may send.
  const strongroom = defineEntity({
    ...ledger,
    kind: 'strongroom',
    commands: { append: OPERATOR_ONLY, read: ANY_ORIGIN },
  });
  const node = testNode({ ...store, keyring: randomKeyring(), kinds: [ledger, strongroom], maxPayloadBytes: 1024 });
  const ask = (bytes: Uint8Array) => node.transport.request(nodeSubject('test', 'n1'), bytes, 2000);
  const text = (s: string) => new TextEncoder().encode(s);

  const cases: [string, Uint8Array, string, RegExp][] = [
    [
      'random bytes',
      Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]),
      'INVALID_ENVELOPE',
      /not an Envelope/,
    ],
    ['truncated envelope', envelope().subarray(0, 9), 'INVALID_ENVELOPE', /not an Envelope/],
    ['unknown kind', envelope({ targetKind: 'dragon' }), 'UNKNOWN_ENTITY_KIND', /dragon/],
    ['empty kind', envelope({ targetKind: '' }), 'UNKNOWN_ENTITY_KIND', /unknown entity kind/],
    ['bad id', envelope({ targetId: '../../etc/passwd' }), 'INVALID_ENTITY_ID', /segments/],
    ['oversized envelope', envelope({ payload: new Uint8Array(64 * 1024) }), 'PAYLOAD_TOO_LARGE', /exceeds the limit/],
    ['oversized payload', envelope({ payload: new Uint8Array(2048) }), 'PAYLOAD_TOO_LARGE', /2048 bytes/],
    ['payload not JSON', envelope({ payload: text('{not json') }), 'INVALID_COMMAND', /not UTF-8 JSON/],
    ['payload not UTF-8', envelope({ payload: Uint8Array.from([0xc3, 0x28]) }), 'INVALID_COMMAND', /not UTF-8 JSON/],
    ['method mismatch', envelope({ method: 'read' }), 'INVALID_COMMAND', /equals the method/],
    [
      'unknown command',
      envelope({ method: 'burn', payload: text('{"type":"burn"}') }),
      'INVALID_COMMAND',
      /ledger has no command "burn"/,
    ],
    ['no deadline', envelope({ deadlineUnixMs: 0 }), 'INVALID_ENVELOPE', /deadline_unix_ms/],
    [
      'deadline far ahead',
      envelope({ deadlineUnixMs: Date.now() + 3_600_000 }),
      'INVALID_ENVELOPE',
      /deadline_unix_ms/,
    ],
    ['deadline passed', envelope({ deadlineUnixMs: Date.now() - 1 }), 'DEADLINE_EXCEEDED', /after its deadline/],
    ['no request id', envelope({ requestId: '' }), 'INVALID_ENVELOPE', /request_id/],
    ['request id with spaces', envelope({ requestId: 'a b' }), 'INVALID_ENVELOPE', /request_id/],
    [
      'caller field too long',
      envelope({ caller: { origin: 'system', accountId: 'x'.repeat(300) } }),
      'INVALID_ENVELOPE',
      /caller.account_id/,
    ],
    ['no caller origin', envelope({ caller: { accountId: 'acc' } }), 'INVALID_ENVELOPE', /caller.origin/],
    ['unknown caller origin', envelope({ caller: { origin: 'root' } }), 'INVALID_ENVELOPE', /caller.origin/],
    [
      'assurance level out of range',
      envelope({ caller: { origin: 'api', assuranceLevel: 3 } }),
      'INVALID_ENVELOPE',
      /caller.assurance_level must be 0, 1 or 2/,
    ],
    [
      'factor time not a time',
      envelope({ caller: { origin: 'api', assuranceLevel: 2, factorAt: -5 } }),
      'INVALID_ENVELOPE',
      /caller.factor_at/,
    ],
    [
      'a command the kind keeps for another path',
      envelope({ targetKind: 'strongroom' }),
      'PERMISSION_DENIED',
      /strongroom.append may not come by the system path/,
    ],
  ];
  for (const [name, bytes, code, message] of cases) {
    const failure = failureOf(await ask(bytes));
    t.equal(failure.code, code, `${name}: ${code}`);
    t.match(failure.message, message, `${name}: says why`);
    t.equal(failure.retryable, false, `${name}: not worth retrying`);
  }

  // Nothing above touched the entity, and the node still serves.
  const ok = Reply.decode(await ask(envelope({ requestId: 'req-ok' })));
  t.same(JSON.parse(new TextDecoder().decode(ok.payload!)), { seq: 1, count: 1, total: 1 });
  await node.host.close();
});

t.test('the guard checks every request from the wire, and none from the process itself', async (t) => {
  await using store = await tempStore();
  const seen: string[] = [];
  // A guard that refuses everything, as a node's guard refuses an envelope without a credential.
  const guard: RequestGuard = (request) => {
    seen.push(request.method);
    throw new RequestDeniedError('no credential', 'NO_CREDENTIAL');
  };
  const node = testNode({ ...store, keyring: randomKeyring(), kinds: [ledger], guard });

  const fromWire = failureOf(await node.transport.request(nodeSubject('test', 'n1'), envelope(), 2000));
  t.equal(fromWire.code, 'PERMISSION_DENIED', 'an envelope from the wire meets the guard');
  t.same(seen, ['append']);

  // The node's own client serves the entities of its shards in process: no wire, no credential.
  t.match(await node.client.ask(ledger, 'door', { type: 'append', amount: 2 }), { count: 1, total: 2 });
  t.same(seen, ['append'], 'the guard was not asked for the in-process request');

  // Everything but the credential is still checked in process: the kind's origins, the command.
  const operatorOnly = defineEntity({
    ...ledger,
    kind: 'vault-room',
    commands: { append: OPERATOR_ONLY, read: ANY_ORIGIN },
  });
  const strict = testNode({ ...store, nodeId: 'n2', keyring: randomKeyring(), kinds: [operatorOnly] });
  await t.rejects(strict.client.ask(operatorOnly, 'door', { type: 'append', amount: 1 }), {
    code: 'PERMISSION_DENIED',
  });
  await t.rejects(node.client.ask(ledger, 'door', { type: 'append', amount: 'two' } as never), {
    code: 'INVALID_COMMAND',
  });
});
