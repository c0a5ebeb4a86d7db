/**
 * Sealing a short secret to a TPM 2.0 with tpm2-tools. The secret goes through pipes only (stdin
 * to `tpm2_create`, stdout of `tpm2_unseal`), never through a file. What is kept afterwards, the
 * sealed object's public and private parts, is useless without the same TPM: the private part is
 * encrypted by a storage key that never leaves the chip.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TpmError } from '../errors.js';

/** The sealed object as stored in the vault: TPM2B_PUBLIC and TPM2B_PRIVATE blobs. */
export interface TpmSealedObject {
  readonly public: Uint8Array;
  readonly private: Uint8Array;
}

/** The primary key template; recreated identically from the owner seed at every unseal. */
const PRIMARY = ['-C', 'o', '-g', 'sha256', '-G', 'ecc256:aes128cfb'];
const TIMEOUT_MS = 30_000;
const MAX_OUTPUT = 64 * 1024;

/**
 * Seals `secret` under a primary key of the owner hierarchy.
 * @param tcti - how tpm2-tools reach the TPM, e.g. `device:/dev/tpmrm0` or `swtpm:host=127.0.0.1,port=2321`
 * @throws TpmError (`TPM_FAILED`) when tpm2-tools are missing or the TPM refuses
 */
export async function tpmSeal(secret: Uint8Array, tcti: string): Promise<TpmSealedObject> {
  return withWorkDir(async (dir) => {
    await tpm2(tcti, 'tpm2_createprimary', [...PRIMARY, '-c', join(dir, 'primary.ctx'), '-Q']);
    await flushTransient(tcti);
    await tpm2(
      tcti,
      'tpm2_create',
      ['-C', join(dir, 'primary.ctx'), '-i', '-', '-u', join(dir, 'seal.pub'), '-r', join(dir, 'seal.priv'), '-Q'],
      secret,
    );
    await flushTransient(tcti);
    return { public: await readFile(join(dir, 'seal.pub')), private: await readFile(join(dir, 'seal.priv')) };
  });
}

/**
 * Unseals a secret sealed by {@link tpmSeal} on the same TPM.
 * @throws TpmError (`TPM_FAILED`) when tpm2-tools are missing, the TPM cannot be reached, or it
 *   refuses the object (another TPM, or its owner hierarchy was cleared)
 */
export async function tpmUnseal(sealed: TpmSealedObject, tcti: string): Promise<Uint8Array> {
  return withWorkDir(async (dir) => {
    await writeFile(join(dir, 'seal.pub'), sealed.public, { mode: 0o600 });
    await writeFile(join(dir, 'seal.priv'), sealed.private, { mode: 0o600 });
    try {
      await tpm2(tcti, 'tpm2_createprimary', [...PRIMARY, '-c', join(dir, 'primary.ctx'), '-Q']);
      await flushTransient(tcti);
      await tpm2(tcti, 'tpm2_load', [
        '-C',
        join(dir, 'primary.ctx'),
        '-u',
        join(dir, 'seal.pub'),
        '-r',
        join(dir, 'seal.priv'),
        '-c',
        join(dir, 'seal.ctx'),
        '-Q',
      ]).catch((cause: unknown) => {
        throw new TpmError(
          'the TPM refused the sealed master-key protector: it was sealed by another TPM, or this TPM was cleared',
          { cause },
        );
      });
      // The TPM has few transient slots: free them; the saved contexts reload as needed.
      await flushTransient(tcti);
      return await tpm2(tcti, 'tpm2_unseal', ['-c', join(dir, 'seal.ctx')]);
    } finally {
      await flushTransient(tcti);
    }
  });
}

async function flushTransient(tcti: string): Promise<void> {
  await tpm2(tcti, 'tpm2_flushcontext', ['-t']).catch(() => undefined);
}

async function withWorkDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-tpm-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs one tpm2-tools command; resolves with its stdout. */
function tpm2(tcti: string, command: string, args: readonly string[], stdin?: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, TPM2TOOLS_TCTI: tcti },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    let outLength = 0;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      outLength += chunk.length;
      if (outLength <= MAX_OUTPUT) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < MAX_OUTPUT) err += chunk.toString('utf8');
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new TpmError(`${command} not found: install tpm2-tools (apt-get install -y tpm2-tools)`, { cause: error })
          : new TpmError(`cannot run ${command}: ${error.message}`, { cause: error }),
      );
    });
    child.once('close', (code, signal) => {
      const stdout = Buffer.concat(out);
      if (code === 0) {
        resolve(stdout);
        return;
      }
      stdout.fill(0);
      const why = signal === null ? `exit code ${code}` : `signal ${signal}`;
      reject(new TpmError(`${command} failed (${why}) with TCTI "${tcti}": ${lastLine(err)}`));
    });
    child.stdin.end(stdin);
  });
}

/** The tool's error lines, which say what went wrong; warnings and blank lines left out. */
function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.startsWith('ERROR'));
  return (lines.join('; ') || text.trim() || 'no message').slice(0, 500);
}
