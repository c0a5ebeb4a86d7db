/**
 * `redoubt backup` and `redoubt restore`: encrypted, authenticated archives of a standalone node's
 * data directory (the node stopped) or of a cluster region's JetStream journal and snapshot
 * bucket. Archives carry records as they are sealed (no data key ever); their own key derives from
 * the vault's master key, so the unseal options are the node's.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { ClassicLevel } from 'classic-level';
import {
  JetStreamJournal,
  KvSnapshotStore,
  LevelJournal,
  LevelSnapshotStore,
  assertRegion,
  openSnapshotBucket,
} from '../actors/index.js';
import type { EntityNames, Journal, SnapshotStore } from '../actors/index.js';
import {
  ArchiveReader,
  BackupError,
  KvVaultStore,
  Vault,
  checkOrgIds,
  keysetScopes,
  keysetStatusFromStore,
  offlineStoredNames,
  openArchiveVault,
  restoreBackup,
  writeBackup,
} from '../registry/index.js';
import type { ArchiveScope, BackupProgress, RestoreReport, UnsealInput, VaultStore } from '../registry/index.js';
import { progressLine } from './cli-progress.js';
import { dataDirOption, readShareLines } from './cli-args.js';
import type { CommandLine, OptionValues } from './cli-commands.js';
import { integer, REGISTRY_REGION } from './node-options.js';
import { ConfigError } from './errors.js';
import { checkStoredNames } from './data-store.js';
import { defaultKeyFile } from './default-key-file.js';
import { nodeKinds } from './kinds.js';
import { unsealSecretOf, vaultStoreOf } from './vault-provider.js';

/** A journal and its snapshots. */
interface Stores {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
}

/** Where records and snapshots are read or written, and where the vault document lives. */
interface Store extends AsyncDisposable {
  /**
   * The stores, their entities named (blinded) with the keys the unsealed vault opens: the
   * registry's own, and the orgs' from their keysets in the registry's store.
   */
  open(vault: Vault): Promise<Stores & { readonly registry: Stores }>;
  readonly vaultStore: VaultStore;
  /** Named in the archive header and in messages. */
  readonly source: string;
  /** Makes what was written durable (standalone: one synced write after unsynced appends). */
  flush(): Promise<void>;
}

/**
 * `redoubt backup`: writes an encrypted archive of orgs, of everything or of the registry.
 * @throws ConfigError for a missing --out, an existing file, or a store or vault that cannot be opened
 */
export async function backupCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const scope = scopeOf(values);
  const outText = text(values, 'out');
  if (outText === undefined) throw new ConfigError('backup needs --out FILE: where to write the archive');
  const out = resolve(outText);
  if (existsSync(out)) throw new ConfigError(`${out} exists already; backup never overwrites a file`);
  const secret = await unsealSecret(values, env);
  await using store = await openStore(values, env, { create: false, replicas: 1, registry: scope.type === 'registry' });
  const vault = await Vault.open(store.vaultStore);
  try {
    await unseal(vault, secret);
    const progress = reporter(values, 'backup');
    const stores = await store.open(vault);
    const report = await writeBackup({
      journal: stores.journal,
      snapshots: stores.snapshots,
      kinds: await nodeKinds({ data: true, registry: true }),
      vault,
      ...(scope.type === 'all' ? { allScopes: await keysetScopes(stores.registry.journal) } : {}),
      ...(scope.type === 'registry' ? { vaultDocument: await store.vaultStore.load() } : {}),
      scope,
      out,
      source: store.source,
      onProgress: progress.update,
    });
    progress.done();
    const { totals } = report.manifest;
    process.stdout.write(
      `wrote ${out}: ${describeScope(scope)}, ${totals.entities} entities, ${totals.records} records, ` +
        `${totals.snapshots} snapshots, ${mb(report.bytes)} in ${seconds(report.elapsedMs)} (${rate(report.bytes, report.elapsedMs)})\n` +
        `archive ${report.header.archiveId}, master key version ${report.header.masterKeyVersion}, ` +
        `contents SHA-256 ${report.manifest.sha256}\n`,
    );
    if (totals.entities === 0) process.stderr.write(`note: no entity matched ${describeScope(scope)}\n`);
    if (scope.type === 'registry') {
      process.stdout.write(
        'this registry archive holds every org data key (sealed under the master key): it brings back orgs shredded after now; keep it offline and short-lived\n',
      );
    }
    return 0;
  } finally {
    vault.seal();
  }
}

/**
 * `redoubt restore`: authenticates a whole archive, then loads it into a fresh store (or, with
 * --verify, only checks it).
 * @returns 1 when orgs were left out (their keys are gone) and nothing was restored, else 0
 * @throws ConfigError for a missing --in, or a store or vault that cannot be opened
 */
export async function restoreCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const inText = text(values, 'in');
  if (inText === undefined) throw new ConfigError('restore needs --in FILE: the archive to restore');
  const file = resolve(inText);
  const secret = await unsealSecret(values, env);
  const replicas = integer('replicas', text(values, 'replicas') ?? '1', 1, 5);
  // The header says which vault the archive needs, and a registry archive carries that vault.
  const peek = await ArchiveReader.open(file);
  const header = peek.header;
  await peek.close();
  await using store = await openStore(values, env, {
    create: values['verify'] !== true,
    replicas,
    registry: header.scope.type === 'registry',
  });
  const stored = await store.vaultStore.load();
  let vault: Vault;
  if (stored !== undefined) vault = await Vault.open(store.vaultStore);
  else if (header.scope.type === 'registry') vault = await openArchiveVault(header, file);
  else {
    throw new ConfigError(
      `no vault at ${store.vaultStore.where}: restore the registry archive first (redoubt backup --registry), ` +
        'it brings the vault document and the org keys',
    );
  }
  try {
    await unseal(vault, secret);
    const progress = reporter(values, 'restore');
    const stores = await store.open(vault);
    const report = await restoreBackup({
      file,
      vault,
      journal: stores.journal,
      snapshots: stores.snapshots,
      kinds: await nodeKinds({ data: true, registry: true }),
      scopeStatus: keysetStatusFromStore(stores.registry.journal, stores.registry.snapshots, vault),
      verifyOnly: values['verify'] === true,
      beforeWrite: async () => {
        if (stored === undefined && header.vault !== undefined) {
          if (!(await store.vaultStore.save(header.vault, undefined))) {
            throw new BackupError(
              `a vault appeared at ${store.vaultStore.where} during the restore; nothing was written`,
            );
          }
        }
      },
      onProgress: progress.update,
    });
    if (!report.verifiedOnly) await store.flush();
    progress.done();
    return summarize(file, report);
  } finally {
    vault.seal();
  }
}

function summarize(file: string, report: RestoreReport): number {
  const { restored, skipped } = report;
  const verb = report.verifiedOnly ? 'verified' : 'restored';
  const what = report.verifiedOnly ? 'would restore' : 'restored';
  process.stdout.write(
    `${verb} ${file} (archive ${report.header.archiveId}, ${describeArchiveScope(report.header.scope)}, made ${report.header.createdAt}): ` +
      `${what} ${restored.entities} entities, ${restored.records} records, ${restored.snapshots} snapshots in ${seconds(report.elapsedMs)}\n`,
  );
  for (const entry of skipped) {
    const why =
      entry.reason === 'shredded'
        ? 'its keys were shredded (crypto-shredding reaches backups)'
        : 'the registry here holds no keys for it (restore the registry archive first?)';
    process.stderr.write(
      `org scope "${entry.scope}": nothing of it ${what === 'restored' ? 'was restored' : 'would be restored'}: ${why}; ` +
        `${entry.entities} entities, ${entry.records} records left out\n`,
    );
  }
  return skipped.length > 0 && restored.entities === 0 ? 1 : 0;
}

function scopeOf(values: OptionValues): ArchiveScope {
  const org = text(values, 'org');
  const chosen = [org !== undefined, values['all'] === true, values['registry'] === true].filter(Boolean).length;
  if (chosen !== 1) throw new ConfigError('backup needs exactly one of --org ORG, --all and --registry');
  if (values['all'] === true) return { type: 'all' };
  if (values['registry'] === true) return { type: 'registry' };
  const orgs = [...new Set((org ?? '').split(',').map((o) => o.trim()))];
  try {
    checkOrgIds(orgs);
  } catch (error) {
    throw new ConfigError(`--org: ${(error as Error).message}`);
  }
  return { type: 'orgs', orgs };
}

/** The secret the options name: a key file (the default), a passphrase, the TPM or Shamir shares on stdin. */
async function unsealSecret(values: OptionValues, env: NodeJS.ProcessEnv): Promise<UnsealInput> {
  if (values['share'] !== true) return unsealSecretOf(unsealOptions(values, env), env);
  if (['key-file', 'passphrase-env', 'tpm'].some((name) => values[name] !== undefined)) {
    throw new ConfigError('give one of --key-file, --passphrase-env, --tpm and --share, not several');
  }
  return { type: 'shamir', shares: await readShareLines() };
}

/** Unseals at once: a backup cannot wait for key holders one by one. */
async function unseal(vault: Vault, secret: UnsealInput): Promise<void> {
  const status = await vault.unseal(secret);
  if (status.sealed) {
    const threshold = status.protectors.find((p) => p.type === 'shamir')?.threshold ?? 0;
    throw new ConfigError(
      `--share: ${status.sharesGiven} of ${threshold} shares given; give them all on stdin at once`,
    );
  }
}

function unsealOptions(
  values: OptionValues,
  env: NodeJS.ProcessEnv,
): { keyFile: string | undefined; passphraseEnv: string | undefined; tpmTcti: string | undefined } {
  const passphraseEnv = text(values, 'passphrase-env');
  const tpmTcti = text(values, 'tpm') ?? env.REDOUBT_TPM;
  const keyFile = text(values, 'key-file');
  if ([keyFile, passphraseEnv, tpmTcti].filter((v) => v !== undefined).length > 1) {
    throw new ConfigError('give one of --key-file, --passphrase-env and --tpm, not several');
  }
  if (passphraseEnv !== undefined && env[passphraseEnv] === undefined) {
    throw new ConfigError(`--passphrase-env ${passphraseEnv}: that environment variable is not set`);
  }
  return {
    keyFile:
      passphraseEnv === undefined && tpmTcti === undefined
        ? resolve((keyFile ?? env.REDOUBT_KEY_FILE ?? defaultKeyFile()).replace(/^~(?=\/)/, homedir()))
        : undefined,
    passphraseEnv,
    tpmTcti,
  };
}

/**
 * @param options.registry - the archive is the registry's: in a cluster, read or write the
 *   registry group's journal instead of the region's
 */
async function openStore(
  values: OptionValues,
  env: NodeJS.ProcessEnv,
  options: { create: boolean; replicas: number; registry: boolean },
): Promise<Store> {
  const nats = text(values, 'nats') ?? (text(values, 'data') === undefined ? env.REDOUBT_NATS : undefined);
  if (nats !== undefined) {
    if (text(values, 'data') !== undefined) throw new ConfigError('give --data or --nats, not both');
    return openCluster(values, env, nats, options);
  }
  if (text(values, 'region') !== undefined) throw new ConfigError('--region goes with --nats (a cluster)');
  return openStandalone(dataDirOption(values, env), options.create);
}

async function openStandalone(dataDir: string, create: boolean): Promise<Store> {
  if (create) await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
    createIfMissing: create,
  });
  try {
    await db.open();
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'LEVEL_LOCKED') {
      throw new ConfigError(
        `data directory ${dataDir} is in use by a running node: stop the node first (backup and restore read and write its store directly)`,
      );
    }
    if (!create && !existsSync(join(dataDir, 'store'))) {
      throw new ConfigError(`no Redoubt store in ${dataDir}: is --data the node's data directory?`);
    }
    throw new ConfigError(`cannot open the store in ${dataDir}: ${(error as Error).message}`);
  }
  return {
    open: async (vault) => {
      // An earlier release's store is refused (its names are in the clear); a new one is marked.
      await checkStoredNames(db, dataDir, 'refuse');
      const { names, readKeysetsFrom } = offlineStoredNames(vault, await nodeKinds({ data: true, registry: true }));
      // Restores append without a sync each; flush() makes them durable with one synced write.
      const stores = {
        journal: new LevelJournal(db, names, { sync: false }),
        snapshots: new LevelSnapshotStore(db, names),
      };
      readKeysetsFrom(stores);
      return { ...stores, registry: stores };
    },
    vaultStore: vaultStoreOf(dataDir),
    source: 'standalone',
    flush: () => db.put('r:last-restore', new TextEncoder().encode(new Date().toISOString()), { sync: true }),
    [Symbol.asyncDispose]: () => db.close(),
  };
}

async function openCluster(
  values: OptionValues,
  env: NodeJS.ProcessEnv,
  nats: string,
  options: { replicas: number; registry: boolean },
): Promise<Store> {
  const { replicas } = options;
  const urls = nats
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
  for (const url of urls) {
    if (!/^(nats|tls):\/\/[^\s/]+$/.test(url)) throw new ConfigError(`--nats: "${url}" is not a nats://host:port URL`);
  }
  if (urls.length === 0) throw new ConfigError('--nats needs at least one URL');
  const region = text(values, 'region') ?? env.REDOUBT_REGION ?? 'local';
  try {
    assertRegion(region);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (region === REGISTRY_REGION) {
    throw new ConfigError(`--region ${REGISTRY_REGION} is the registry's group: back it up with --registry`);
  }
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: urls, name: `redoubt-backup-${region}`, timeout: 5000 });
  } catch (error) {
    throw new ConfigError(`cannot reach NATS at ${urls.join(',')}: ${(error as Error).message}`);
  }
  try {
    const open = async (name: string, names: EntityNames): Promise<Stores> => {
      const journal = await JetStreamJournal.open(nc, { region: name, replicas, names });
      if ((await journal.unblindedEntities()) > 0) {
        throw new ConfigError(
          `the journal of ${name} was written by an earlier Redoubt, which kept entity names in the clear: back it up with that release`,
        );
      }
      return {
        journal,
        snapshots: new KvSnapshotStore(await openSnapshotBucket(nc, { region: name, replicas }), names),
      };
    };
    return {
      open: async (vault) => {
        const { names, readKeysetsFrom } = offlineStoredNames(vault, await nodeKinds({ data: true, registry: true }));
        const registry = await open(REGISTRY_REGION, names);
        readKeysetsFrom(registry);
        const data = options.registry ? registry : await open(region, names);
        return { ...data, registry };
      },
      // The registry's vault, shared by every registry node (redoubt init --nats made it).
      vaultStore: await KvVaultStore.open(nc, { replicas }),
      source: options.registry ? 'cluster registry' : `cluster region ${region}`,
      // A JetStream append is acknowledged once it is stored (and replicated).
      flush: async () => undefined,
      [Symbol.asyncDispose]: () => nc.close(),
    };
  } catch (error) {
    await nc.close();
    throw error;
  }
}

function reporter(
  values: OptionValues,
  phase: string,
): { update: (progress: BackupProgress) => void; done: () => void } {
  if (values['quiet'] === true) return { update: () => undefined, done: () => undefined };
  const line = progressLine();
  return {
    update: (p) =>
      line.update(
        `${p.phase === 'verify' ? 'verifying' : phase === 'backup' ? 'backing up' : 'restoring'}: ` +
          `${p.entities} entities, ${p.records} records, ${p.snapshots} snapshots, ${mb(p.bytes)}` +
          `${p.totalBytes ? ` of ${mb(p.totalBytes)}` : ''}, ${rate(p.bytes, p.elapsedMs)}`,
      ),
    done: () => line.done(),
  };
}

/** An archive's scope as its header tells it: an org archive's orgs only by count (the header names them by keyed tags). */
function describeArchiveScope(scope: ArchiveScope): string {
  return scope.type === 'orgs' ? `${scope.orgs.length} org${scope.orgs.length > 1 ? 's' : ''}` : describeScope(scope);
}

function describeScope(scope: ArchiveScope): string {
  switch (scope.type) {
    case 'orgs':
      return `org${scope.orgs.length > 1 ? 's' : ''} ${scope.orgs.join(', ')}`;
    case 'all':
      return 'all orgs';
    case 'registry':
      return 'the registry';
  }
}

function text(values: OptionValues, name: string): string | undefined {
  return values[name] as string | undefined;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function rate(bytes: number, ms: number): string {
  return `${ms > 0 ? (bytes / 1e6 / (ms / 1000)).toFixed(1) : '0.0'} MB/s`;
}
