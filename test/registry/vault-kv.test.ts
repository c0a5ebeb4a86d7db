import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import t from 'tap';
import { KvVaultStore, Vault } from '../../registry/index.js';
import { NatsServer } from '../helpers/nats-server.js';

t.test('registry nodes share one vault document in KV: each unseals it, and sees the others’ changes', async (t) => {
  await using server = await NatsServer.start();
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-vault-kv-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const [ncA, ncB] = [await connect({ servers: server.url }), await connect({ servers: server.url })];
  t.teardown(async () => {
    await ncA.close();
    await ncB.close();
  });
  const keyA = join(dir, 'a.key');
  const { vault: a } = await Vault.init(await KvVaultStore.open(ncA), [{ type: 'keyfile', path: keyA }]);
  await t.rejects(Vault.init(await KvVaultStore.open(ncB), [{ type: 'passphrase', passphrase: 'x' }]), {
    code: 'VAULT_EXISTS',
  });

  const b = await Vault.open(await KvVaultStore.open(ncB));
  t.equal(b.id, a.id, 'the second node opens the same vault');
  await b.unseal({ type: 'keyfile', path: keyA });
  t.same(b.currentMasterKey().bytes, a.currentMasterKey().bytes, 'same master key on both nodes');

  // Both add a protector at once: compare-and-set keeps both changes.
  await Promise.all([
    a.addProtector({ type: 'passphrase', passphrase: 'node a passphrase' }),
    b.addProtector({ type: 'keyfile', path: join(dir, 'b.key') }),
  ]);
  t.equal((await a.refresh()).protectors.length, 3, 'no concurrent change was lost');

  const version = await a.rotateMasterKey();
  t.equal(b.status().currentMasterKey, 1, 'b has not looked yet');
  t.equal((await b.refresh()).currentMasterKey, version, 'b sees the rotation after a refresh');
  t.same(b.currentMasterKey().bytes, a.currentMasterKey().bytes, 'and unwraps the new master key itself');
  await a.retireMasterKey(1);
  await b.refresh();
  t.throws(() => b.masterKey(1), { code: 'UNKNOWN_KEY_VERSION' }, 'a retired master key is wiped on refresh');

  const c = await Vault.open(await KvVaultStore.open(ncB));
  await t.rejects(c.unseal({ type: 'passphrase', passphrase: 'wrong' }), { code: 'UNSEAL_FAILED' });
  await c.unseal({ type: 'passphrase', passphrase: 'node a passphrase' });
  t.equal(c.status().currentMasterKey, version);
  for (const vault of [a, b, c]) vault.seal();
});
