import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { PLATFORM_SCOPE, Sealer } from '../../actors/index.js';
import {
  FileVaultStore,
  UnsealError,
  Vault,
  VaultExistsError,
  VaultFileError,
  VaultKeyring,
  VaultSealedError,
} from '../../registry/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { SoftwareTpm } from '../helpers/swtpm.js';

const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple';
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

async function tempDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-vault-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A vault with a passphrase protector, returned sealed (as a node sees it after a restart). */
async function passphraseVault(dir: string): Promise<{ store: FileVaultStore; master: string }> {
  const store = new FileVaultStore(join(dir, 'vault.json'));
  const { vault } = await Vault.init(store, [{ type: 'passphrase', passphrase: PASSPHRASE, kdf: FAST_KDF }]);
  const master = hex(vault.currentMasterKey().bytes);
  vault.seal();
  return { store, master };
}

t.test('passphrase protector', async (t) => {
  t.test('unseals with the passphrase and yields the same master key after a restart', async (t) => {
    const { store, master } = await passphraseVault(await tempDir(t));
    const vault = await Vault.open(store);
    t.equal(vault.sealed, true);
    t.throws(() => vault.currentMasterKey(), VaultSealedError);
    const status = await vault.unseal({ type: 'passphrase', passphrase: PASSPHRASE });
    t.equal(status.sealed, false);
    t.equal(hex(vault.currentMasterKey().bytes), master);
  });

  t.test('a wrong passphrase is refused with a clear error and the vault stays sealed', async (t) => {
    const { store } = await passphraseVault(await tempDir(t));
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'passphrase', passphrase: 'wrong horse' }), {
      code: 'UNSEAL_FAILED',
      message: /wrong passphrase/,
    });
    await t.rejects(vault.unseal({ type: 'passphrase', passphrase: '' }), UnsealError);
    t.equal(vault.sealed, true);
  });

  t.test('asking for a protector the vault lacks names the ones it has', async (t) => {
    const { store } = await passphraseVault(await tempDir(t));
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'shamir', shares: ['x'] }), {
      code: 'UNSEAL_FAILED',
      message: /has no a shamir protector; it has [0-9a-f]{8} \(passphrase\)/,
    });
  });
});

t.test('key file protector', async (t) => {
  t.test('unseals from the key file, also when it is mounted elsewhere', async (t) => {
    const dir = await tempDir(t);
    const store = new FileVaultStore(join(dir, 'data', 'vault.json'));
    const keyFile = join(dir, 'secrets', 'unseal.key');
    const { vault } = await Vault.init(store, [{ type: 'keyfile', path: keyFile }]);
    const master = hex(vault.currentMasterKey().bytes);
    vault.seal();
    const reopened = await Vault.open(store);
    await reopened.unseal({ type: 'keyfile' });
    t.equal(hex(reopened.currentMasterKey().bytes), master);
    const moved = join(dir, 'mounted.key');
    await writeFile(moved, await readFile(keyFile), { mode: 0o600 });
    const again = await Vault.open(store);
    await again.unseal({ type: 'keyfile', path: moved });
    t.equal(hex(again.currentMasterKey().bytes), master);
  });

  t.test("another vault's key file is refused", async (t) => {
    const dir = await tempDir(t);
    const store = new FileVaultStore(join(dir, 'a', 'vault.json'));
    await Vault.init(store, [{ type: 'keyfile', path: join(dir, 'a.key') }]);
    await Vault.init(new FileVaultStore(join(dir, 'b', 'vault.json')), [{ type: 'keyfile', path: join(dir, 'b.key') }]);
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'keyfile', path: join(dir, 'b.key') }), {
      code: 'UNSEAL_FAILED',
      message: /does not open protector/,
    });
    await t.rejects(vault.unseal({ type: 'keyfile', path: join(dir, 'missing.key') }), {
      code: 'UNSEAL_FAILED',
      message: /does not exist/,
    });
  });
});

t.test('Shamir protector', async (t) => {
  const init = async (dir: string) => {
    const store = new FileVaultStore(join(dir, 'vault.json'));
    const { vault, shares } = await Vault.init(store, [{ type: 'shamir', shares: 5, threshold: 3 }]);
    const master = hex(vault.currentMasterKey().bytes);
    vault.seal();
    return { store, shares, master };
  };

  t.test('any 3 of 5 shares unseal, given one key holder at a time', async (t) => {
    const { store, shares, master } = await init(await tempDir(t));
    t.equal(shares.length, 5);
    t.equal(new Set(shares).size, 5);
    const vault = await Vault.open(store);
    t.match(await vault.unseal({ type: 'shamir', shares: [shares[4]!] }), { sealed: true, sharesGiven: 1 });
    t.match(await vault.unseal({ type: 'shamir', shares: [shares[1]!] }), { sealed: true, sharesGiven: 2 });
    t.match(await vault.unseal({ type: 'shamir', shares: [shares[2]!] }), { sealed: false, sharesGiven: 0 });
    t.equal(hex(vault.currentMasterKey().bytes), master);
    const other = await Vault.open(store);
    await other.unseal({ type: 'shamir', shares: [shares[0]!, shares[3]!, shares[4]!] });
    t.equal(hex(other.currentMasterKey().bytes), master);
  });

  t.test('a share set from another split is refused, and the collection starts over', async (t) => {
    const dir = await tempDir(t);
    const { store, shares } = await init(dir);
    // Same vault id prefix cannot be faked cheaply, so take a second vault and swap its id in.
    const second = await init(await tempDir(t));
    const document = JSON.parse(await readFile(store.file, 'utf8')) as { id: string };
    const foreign = second.shares.map((share) =>
      share.replace(/^rdbt-share1-[0-9a-f]{8}/, `rdbt-share1-${document.id.slice(0, 8)}`),
    );
    const vault = await Vault.open(store);
    // Re-labelled shares fail their checksum: a typo is caught before combining.
    await t.rejects(vault.unseal({ type: 'shamir', shares: [foreign[0]!] }), { message: /share 1 has a typo/ });
    await t.rejects(vault.unseal({ type: 'shamir', shares: [second.shares[0]!] }), {
      code: 'UNSEAL_FAILED',
      message: /belongs to vault [0-9a-f]{8}…, not to this vault/,
    });
    t.equal(vault.sealed, true);
    t.equal(vault.status().sharesGiven, 0);
    // The same share given twice counts once.
    t.match(await vault.unseal({ type: 'shamir', shares: [shares[0]!, shares[0]!, shares[1]!] }), {
      sealed: true,
      sharesGiven: 2,
    });
  });

  t.test('a share with a flipped character is caught by its checksum', async (t) => {
    const { store, shares } = await init(await tempDir(t));
    const share = shares[0]!;
    const at = share.length - 10;
    const typo = share.slice(0, at) + (share[at] === 'A' ? 'B' : 'A') + share.slice(at + 1);
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'shamir', shares: [typo] }), { message: /typo/ });
  });

  t.test('thresholds out of range are refused at init', async (t) => {
    const store = new FileVaultStore(join(await tempDir(t), 'vault.json'));
    await t.rejects(Vault.init(store, [{ type: 'shamir', shares: 3, threshold: 4 }]), RangeError);
    await t.rejects(Vault.init(store, [{ type: 'shamir', shares: 1, threshold: 1 }]), RangeError);
    t.equal(await Vault.exists(store), false);
  });
});

t.test('TPM protector (swtpm)', async (t) => {
  const tpm = await SoftwareTpm.start();
  t.teardown(() => tpm[Symbol.asyncDispose]());

  t.test('unseals through the TPM, also after the TPM restarts', async (t) => {
    const store = new FileVaultStore(join(await tempDir(t), 'vault.json'));
    const { vault } = await Vault.init(store, [{ type: 'tpm', tcti: tpm.tcti }]);
    const master = hex(vault.currentMasterKey().bytes);
    vault.seal();
    const reopened = await Vault.open(store);
    await reopened.unseal({ type: 'tpm', tcti: tpm.tcti });
    t.equal(hex(reopened.currentMasterKey().bytes), master);

    // A power cycle: the same TPM state on a new swtpm process.
    const own = await SoftwareTpm.start();
    const ownStore = new FileVaultStore(join(await tempDir(t), 'vault.json'));
    const initialized = await Vault.init(ownStore, [{ type: 'tpm', tcti: own.tcti }]);
    const ownMaster = hex(initialized.vault.currentMasterKey().bytes);
    await own.stop();
    await using restarted = await SoftwareTpm.start(own.stateDir);
    const afterRestart = await Vault.open(ownStore);
    await afterRestart.unseal({ type: 'tpm', tcti: restarted.tcti });
    t.equal(hex(afterRestart.currentMasterKey().bytes), ownMaster);
  });

  t.test('another TPM cannot unseal it', async (t) => {
    const store = new FileVaultStore(join(await tempDir(t), 'vault.json'));
    await Vault.init(store, [{ type: 'tpm', tcti: tpm.tcti }]);
    await using other = await SoftwareTpm.start();
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'tpm', tcti: other.tcti }), {
      code: 'TPM_FAILED',
      message: /sealed by another TPM, or this TPM was cleared/,
    });
    t.equal(vault.sealed, true);
  });

  t.test('an unreachable TPM gives a clear error', async (t) => {
    const store = new FileVaultStore(join(await tempDir(t), 'vault.json'));
    await t.rejects(Vault.init(store, [{ type: 'tpm', tcti: 'swtpm:host=127.0.0.1,port=1' }]), {
      code: 'TPM_FAILED',
      message: /tpm2_createprimary failed .* with TCTI "swtpm:host=127.0.0.1,port=1"/,
    });
    t.equal(await Vault.exists(store), false);
  });
});

t.test('vault document', async (t) => {
  t.test('several protectors unseal the same master key; removing one disables it', async (t) => {
    const dir = await tempDir(t);
    const store = new FileVaultStore(join(dir, 'vault.json'));
    const { vault, shares } = await Vault.init(store, [
      { type: 'passphrase', passphrase: PASSPHRASE, kdf: FAST_KDF },
      { type: 'shamir', shares: 3, threshold: 2 },
    ]);
    const master = hex(vault.currentMasterKey().bytes);
    const passphraseId = vault.status().protectors.find((p) => p.type === 'passphrase')!.id;
    await vault.removeProtector(passphraseId);
    const reopened = await Vault.open(store);
    await t.rejects(reopened.unseal({ type: 'passphrase', passphrase: PASSPHRASE }), UnsealError);
    await reopened.unseal({ type: 'shamir', shares: shares.slice(1) });
    t.equal(hex(reopened.currentMasterKey().bytes), master);
    const shamirId = reopened.status().protectors[0]!.id;
    await t.rejects(reopened.removeProtector(shamirId), /last protector/);
  });

  t.test('init refuses to overwrite a vault', async (t) => {
    const { store } = await passphraseVault(await tempDir(t));
    await t.rejects(Vault.init(store, [{ type: 'passphrase', passphrase: 'x', kdf: FAST_KDF }]), VaultExistsError);
  });

  t.test('a missing, malformed or altered vault is refused with a clear error', async (t) => {
    const dir = await tempDir(t);
    await t.rejects(Vault.open(new FileVaultStore(join(dir, 'none.json'))), {
      code: 'VAULT_INVALID',
      message: /no vault at .*redoubt init/,
    });
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"format":"redoubt-vault","version":1,"id":"zz"}');
    await t.rejects(Vault.open(new FileVaultStore(bad)), { message: /"id" must be 32 hex digits/ });
    await writeFile(bad, 'not json');
    await t.rejects(Vault.open(new FileVaultStore(bad)), VaultFileError);

    const { store } = await passphraseVault(dir);
    const document = JSON.parse(await readFile(store.file, 'utf8')) as { masterKeys: { wrapped: string }[] };
    const wrapped = Buffer.from(document.masterKeys[0]!.wrapped, 'base64');
    wrapped[wrapped.length - 1]! ^= 1;
    document.masterKeys[0]!.wrapped = wrapped.toString('base64');
    await writeFile(store.file, JSON.stringify(document));
    const vault = await Vault.open(store);
    await t.rejects(vault.unseal({ type: 'passphrase', passphrase: PASSPHRASE }), {
      code: 'VAULT_INVALID',
      message: /master key version 1 does not open: the vault was altered/,
    });
    t.equal(vault.sealed, true);
  });

  t.test('holds no key in the clear: not the root, master or protector keys', async (t) => {
    const dir = await tempDir(t);
    const store = new FileVaultStore(join(dir, 'vault.json'));
    const { vault } = await Vault.init(store, [{ type: 'passphrase', passphrase: PASSPHRASE, kdf: FAST_KDF }]);
    await vault.rotateMasterKey();
    const text = await readFile(store.file, 'utf8');
    t.notMatch(text, PASSPHRASE);
    for (const version of [1, 2]) {
      for (const form of keyForms(vault.masterKey(version).bytes)) {
        t.same((await filesContaining([dir], form)).hits, [], `master v${version} absent`);
      }
    }
  });
});

t.test('master-key rotation', async (t) => {
  t.test('adds a current version; old versions open until retired', async (t) => {
    const dir = await tempDir(t);
    const { store } = await passphraseVault(dir);
    const vault = await Vault.open(store);
    await vault.unseal({ type: 'passphrase', passphrase: PASSPHRASE });
    const keyring = new VaultKeyring(vault);
    const sealer = new Sealer(keyring);
    const context = { purpose: 'state', entity: 'registry/global', seq: 1 } as const;
    const old = sealer.seal(PLATFORM_SCOPE, context, Buffer.from('v1 data'));
    t.equal(await vault.rotateMasterKey(), 2);
    t.equal(keyring.current(PLATFORM_SCOPE).version, 2);
    const fresh = sealer.seal(PLATFORM_SCOPE, context, Buffer.from('v2 data'));

    const reopened = await Vault.open(store);
    await reopened.unseal({ type: 'passphrase', passphrase: PASSPHRASE });
    const reader = new Sealer(new VaultKeyring(reopened));
    t.equal(Buffer.from(reader.open(PLATFORM_SCOPE, context, old)).toString(), 'v1 data');
    t.equal(Buffer.from(reader.open(PLATFORM_SCOPE, context, fresh)).toString(), 'v2 data');
    await t.rejects(reopened.retireMasterKey(2), /is current/);
    await reopened.retireMasterKey(1);
    t.throws(() => reader.open(PLATFORM_SCOPE, context, old), { code: 'UNKNOWN_KEY_VERSION' });
    t.same(reopened.status().masterKeyVersions, [2]);
  });

  t.test('sealing wipes the derived keys and refuses every use', async (t) => {
    const { store } = await passphraseVault(await tempDir(t));
    const vault = await Vault.open(store);
    await vault.unseal({ type: 'passphrase', passphrase: PASSPHRASE });
    const keyring = new VaultKeyring(vault);
    const derived = keyring.current(PLATFORM_SCOPE).bytes;
    const master = vault.currentMasterKey().bytes;
    vault.seal();
    t.ok(
      derived.every((byte) => byte === 0),
      'derived key wiped',
    );
    t.ok(
      master.every((byte) => byte === 0),
      'master key wiped',
    );
    t.throws(() => keyring.current(PLATFORM_SCOPE), { code: 'VAULT_SEALED' });
    await t.rejects(vault.rotateMasterKey(), VaultSealedError);
  });
});
