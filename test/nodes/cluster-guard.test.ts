/**
 * Authorization below the gateway, on a real cluster (nats-server, a registry node, a shard node):
 * data entities obey only envelopes vouched for with the cluster's envelope keys, which only
 * certificates with the node role get. A stray NATS client, with no certificate or with a valid
 * client certificate of the cluster's CA, is refused for every data kind and every method, and an
 * envelope vouched for by a node but altered on the way (caller or payload) is refused too.
 */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { nodeSubject, SYSTEM_CALLER } from '../../actors/index.js';
import type { Caller, RequestSigner } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { nodeKinds } from '../../nodes/index.js';
import { Envelope, Reply } from '../../proto/index.js';
import { encodeCredential, epochAt, nodeSigner } from '../../registry/index.js';
import { nodeRegistryClient } from '../../sim/cluster/node-registry-client.js';
import { signedEnvelope } from '../helpers/envelopes.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

t.test('data entities obey only envelopes vouched for by a node of the cluster', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  const nc = cluster.client.nc;
  const send = async (bytes: Uint8Array) =>
    Reply.decode((await nc.request(nodeSubject(REGION, 'n1'), bytes, { timeout: 10_000 })).data);

  await t.test('a client certificate of the cluster CA gets no envelope key', async (t) => {
    await using stray = await nodeRegistryClient(
      nc,
      await cluster.registry.issueCertificate('stray', ['--role', 'client']),
    );
    await t.rejects(
      stray.envelopeKeys.load(),
      { code: 'PERMISSION_DENIED', details: { reason: 'NOT_A_NODE' } },
      'the registry hands envelope keys to the node role only',
    );

    const forged: RequestSigner = () =>
      encodeCredential({ t: 'envelope', e: epochAt(Date.now()), mac: randomBytes(32) });
    const credentials: [string, RequestSigner | undefined, string][] = [
      ['no certificate, no credential', undefined, 'NO_CREDENTIAL'],
      [
        "a client certificate's signature",
        nodeSigner(() => stray.certificate.signingKey()),
        'NOT_AN_ENVELOPE_CREDENTIAL',
      ],
      ['an envelope MAC under a key of its own', forged, 'BAD_MAC'],
    ];
    const kinds = [...(await nodeKinds({ data: true, registry: false })).values()];
    const wrong: string[] = [];
    let tried = 0;
    for (const kind of kinds) {
      for (const method of Object.keys(kind.commands)) {
        for (const [name, signer, reason] of credentials) {
          const caller: Caller = { ...SYSTEM_CALLER, origin: 'operator', superadmin: true };
          const reply = await send(
            signedEnvelope(signer, { kind: kind.kind, id: 'acme', command: { type: method }, caller }),
          );
          tried++;
          const failure = reply.failure;
          if (failure?.code !== 'PERMISSION_DENIED' || failure.details?.['reason'] !== reason) {
            wrong.push(
              `${kind.kind}.${method} with ${name}: ${failure?.code ?? 'ANSWERED'} ${failure?.details?.['reason'] ?? ''}`,
            );
          }
        }
      }
    }
    t.ok(kinds.length >= 10 && tried >= kinds.length * 3 * 2, `${tried} envelopes over ${kinds.length} data kinds`);
    t.same(wrong, [], 'every kind and method refused every stray credential, with its reason');
  });

  await t.test('an envelope vouched for by a node is refused once its caller or payload is altered', async (t) => {
    const vouch = cluster.client.registry!.dataSigner;
    const caller: Caller = { ...SYSTEM_CALLER, origin: 'api', accountId: 'acc_alice', sessionId: 'ses_alice' };
    const genuine = signedEnvelope(vouch, {
      kind: ledger.kind,
      id: 'guarded',
      command: { type: 'append', amount: 1 },
      caller,
    });
    const alter = (change: (envelope: Envelope) => void): Uint8Array => {
      const envelope = Envelope.decode(genuine);
      change(envelope);
      return Envelope.encode(envelope).finish();
    };
    const cases: [string, Uint8Array][] = [
      ['another account', alter((e) => void (e.caller!.accountId = 'acc_mallory'))],
      ['a superadmin claim', alter((e) => void (e.caller!.superadmin = true))],
      ['the operator origin', alter((e) => void (e.caller!.origin = 'operator'))],
      ['another payload', alter((e) => void (e.payload = new TextEncoder().encode('{"type":"append","amount":999}')))],
    ];
    for (const [what, bytes] of cases) {
      t.match((await send(bytes)).failure, { code: 'PERMISSION_DENIED', details: { reason: 'BAD_MAC' } }, what);
    }
    t.notOk((await send(genuine)).failure, 'the envelope as vouched for is applied');
    t.match(
      await cluster.client.client.ask(ledger, 'guarded', { type: 'read' }),
      { count: 1, total: 1 },
      'once, and none of the altered copies was',
    );
  });

  await t.test("a kind's command kept for the operator is refused to the api path, even vouched for", async (t) => {
    const vouch = cluster.client.registry!.dataSigner;
    const api: Caller = { ...SYSTEM_CALLER, origin: 'api', accountId: 'acc_alice', superadmin: true };
    const reply = await send(
      signedEnvelope(vouch, { kind: 'account', id: 'acc_alice', command: { type: 'grantSuperadmin' }, caller: api }),
    );
    t.match(reply.failure, { code: 'PERMISSION_DENIED', details: { reason: 'ORIGIN_NOT_ALLOWED' } });
  });
});
