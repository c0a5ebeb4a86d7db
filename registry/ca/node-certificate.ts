/**
 * A node's certificate from the internal CA: the key pair is made in memory (node:crypto, P-256),
 * a signing request goes to the CA through the `ask` function the owner gives (as
 * RegistryKeyring's), and the certificate is renewed, with a fresh key, after two thirds of its
 * lifetime. The current key, certificate and CA bundle are there for nats.js `tls` options; for a
 * process that reads files (nats-server) they can also be written, mode 0600, to a directory.
 *
 * @example
 * ```ts
 * const cert = await NodeCertificate.obtain((command) => client.ask(ca, CLUSTER_CA_ID, command), {
 *   names: { commonName: 'node-1', ipAddresses: ['127.0.0.1'] },
 * });
 * const nc = await connect({ servers, tls: cert.tls }); // reconnects present the renewed one
 * ```
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { renameSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaCommand, IssueReply } from './protocol.js';
import { buildCsr } from './x509.js';
import type { CertificateRole } from './x509.js';
import { CertificateFilesError } from '../errors.js';

/** Sends an `issue` command to the CA entity and returns its reply. */
export type AskCertificate = (command: CaCommand & { type: 'issue' }) => Promise<IssueReply>;

/** The current key and certificates, PEM. */
export interface NodeTlsMaterial {
  /** The private key, PKCS#8 PEM. Keep it in memory. */
  readonly key: string;
  /** The certificate, PEM. */
  readonly cert: string;
  /** The CA trust bundle, PEM. */
  readonly ca: string;
  readonly serial: string;
  readonly notAfter: number;
}

/** Where {@link NodeCertificateOptions.fileDir} puts the PEM files. */
export interface CertificateFiles {
  readonly keyFile: string;
  readonly certFile: string;
  readonly caFile: string;
}

/** Options of {@link NodeCertificate.obtain}. */
export interface NodeCertificateOptions {
  /** The names to ask for: a CN, DNS names and IP addresses (at least one of them). */
  readonly names: {
    readonly commonName?: string;
    readonly dnsNames?: readonly string[];
    readonly ipAddresses?: readonly string[];
  };
  /**
   * What the certificate is for.
   * @default "node" (server and client)
   */
  readonly role?: CertificateRole;
  /**
   * Lifetime to ask for, in milliseconds.
   * @default the CA's default (24 h)
   */
  readonly lifetimeMs?: number;
  /**
   * Renew after this fraction of the lifetime has passed.
   * @default 2/3
   */
  readonly renewAfter?: number;
  /**
   * Wait this long before trying again after a failed renewal (less when expiry is nearer).
   * @default 5000
   */
  readonly retryMs?: number;
  /**
   * Also write `key.pem`, `cert.pem` and `ca.pem` (mode 0600) into this directory on every
   * issue, for nats-server's `tls {}` block. Leave unset for a node, which needs no file.
   * @default no files
   */
  readonly fileDir?: string;
  /**
   * Called after each renewal, once the files (if any) are written: reload nats-server (SIGHUP),
   * or reconnect.
   * @default none
   */
  readonly onRenewed?: (material: NodeTlsMaterial) => void | Promise<void>;
  /**
   * Called when a renewal fails; it is tried again after {@link retryMs}.
   * @default none
   */
  readonly onError?: (error: unknown) => void;
}

/** The live TLS options of a connection: the same object, its fields replaced on renewal. */
export interface LiveTlsOptions {
  key: string;
  cert: string;
  ca: string;
}

export class NodeCertificate {
  readonly #ask: AskCertificate;
  readonly #options: NodeCertificateOptions;
  #material: NodeTlsMaterial;
  #timer: NodeJS.Timeout | undefined;
  #renewing: Promise<NodeTlsMaterial> | undefined;
  #closed = false;
  /**
   * TLS options for nats.js `connect({ tls })`. nats.js reads them again on every reconnect, and
   * a renewal replaces their fields in place, so a reconnect presents the current certificate.
   */
  readonly tls: LiveTlsOptions;
  /** Paths of the PEM files when {@link NodeCertificateOptions.fileDir} is set. */
  readonly files: CertificateFiles | undefined;
  /** How many times the certificate was renewed. */
  renewals = 0;
  #signing:
    { readonly serial: string; readonly privateKey: KeyObject; readonly certificateDer: Uint8Array } | undefined;

  private constructor(ask: AskCertificate, options: NodeCertificateOptions, material: NodeTlsMaterial) {
    this.#ask = ask;
    this.#options = options;
    this.#material = material;
    this.tls = { key: material.key, cert: material.cert, ca: material.ca };
    const dir = options.fileDir;
    this.files =
      dir === undefined
        ? undefined
        : { keyFile: join(dir, 'key.pem'), certFile: join(dir, 'cert.pem'), caFile: join(dir, 'ca.pem') };
  }

  /**
   * Makes a key pair, has the CA certify it, writes the files if asked, and schedules renewal.
   * @throws what `ask` throws (e.g. `CSR_REJECTED`, `INVALID_COMMAND`, `COMMAND_REJECTED`)
   */
  static async obtain(ask: AskCertificate, options: NodeCertificateOptions): Promise<NodeCertificate> {
    const renewAfter = options.renewAfter ?? 2 / 3;
    if (!(renewAfter > 0 && renewAfter < 1)) throw new RangeError('renewAfter must be between 0 and 1');
    const certificate = new NodeCertificate(ask, options, await request(ask, options));
    await certificate.#writeFiles();
    certificate.#schedule(renewAfter);
    return certificate;
  }

  /**
   * Takes over a certificate already in `dir` (`key.pem`, `cert.pem`, `ca.pem`, as `redoubt cert
   * issue` or {@link obtain} with `fileDir` wrote them): asks for the same names and role when it
   * renews, and writes the renewed files back there.
   * @throws CertificateFilesError (`CERTIFICATE_FILES_INVALID`) when a file is missing, unreadable,
   *   not PEM, or the key does not belong to the certificate
   */
  static async resume(
    ask: AskCertificate,
    dir: string,
    options: Omit<NodeCertificateOptions, 'names' | 'role' | 'fileDir'> = {},
  ): Promise<NodeCertificate> {
    const read = async (name: string): Promise<string> => {
      try {
        return await readFile(join(dir, name), 'utf8');
      } catch (error) {
        throw new CertificateFilesError(`cannot read ${join(dir, name)}`, { cause: error });
      }
    };
    const [key, cert, ca] = [await read('key.pem'), await read('cert.pem'), await read('ca.pem')];
    let x509: X509Certificate;
    try {
      x509 = new X509Certificate(cert);
      if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error('the key is not the certificate key');
    } catch (error) {
      throw new CertificateFilesError(`${dir}: cert.pem and key.pem are not a certificate and its key`, {
        cause: error,
      });
    }
    const names = namesOf(x509);
    const usages = x509.keyUsage ?? [];
    const server = usages.includes(SERVER_AUTH);
    const client = usages.includes(CLIENT_AUTH);
    const role: CertificateRole = server && client ? 'node' : server ? 'server' : 'client';
    const material = { key, cert, ca, serial: x509.serialNumber, notAfter: Date.parse(x509.validTo) };
    const certificate = new NodeCertificate(ask, { ...options, names, role, fileDir: dir }, material);
    certificate.#schedule(options.renewAfter ?? 2 / 3);
    return certificate;
  }

  /** The current key, certificate and CA bundle. */
  get current(): NodeTlsMaterial {
    return this.#material;
  }

  /** The current private key (a KeyObject) and certificate (DER), to sign requests with. */
  signingKey(): { readonly privateKey: KeyObject; readonly certificateDer: Uint8Array } {
    const material = this.#material;
    if (this.#signing?.serial !== material.serial) {
      this.#signing = {
        serial: material.serial,
        privateKey: createPrivateKey(material.key),
        certificateDer: new Uint8Array(new X509Certificate(material.cert).raw),
      };
    }
    return this.#signing;
  }

  /**
   * Renews now (with a fresh key), as the timer does; concurrent calls share one request.
   * @throws what `ask` throws; the current certificate stays in use
   */
  renew(): Promise<NodeTlsMaterial> {
    this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined));
    return this.#renewing;
  }

  /** Stops renewing. Idempotent. The files, if any, stay for their owner to remove. */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }

  async #renew(): Promise<NodeTlsMaterial> {
    const material = await request(this.#ask, this.#options);
    if (this.#closed) return this.#material;
    this.#material = material;
    Object.assign(this.tls, { key: material.key, cert: material.cert, ca: material.ca });
    await this.#writeFiles();
    this.renewals++;
    await this.#options.onRenewed?.(material);
    return material;
  }

  #schedule(renewAfter: number, delay?: number): void {
    if (this.#closed) return;
    const left = this.#material.notAfter - Date.now();
    const wait = delay ?? Math.max(0, left * renewAfter);
    this.#timer = setTimeout(() => {
      this.renew().then(
        () => this.#schedule(renewAfter),
        (error: unknown) => {
          this.#options.onError?.(error);
          const remaining = this.#material.notAfter - Date.now();
          this.#schedule(renewAfter, Math.max(100, Math.min(this.#options.retryMs ?? 5_000, remaining / 3)));
        },
      );
    }, wait);
    this.#timer.unref();
  }

  async #writeFiles(): Promise<void> {
    const files = this.files;
    if (files === undefined) return;
    await mkdir(this.#options.fileDir!, { recursive: true, mode: 0o700 });
    const { key, cert, ca } = this.#material;
    // Each file is written whole to a temporary name first; then all are renamed back to back,
    // with no await between, so a reader (nats-server restarting) almost never sees a new key
    // beside the old certificate: the window shrinks from a disk write to a few microseconds.
    const staged: [string, string][] = [];
    for (const [path, text] of [
      [files.keyFile, key],
      [files.certFile, cert],
      [files.caFile, ca],
    ] as const) {
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, text, { mode: 0o600 });
      staged.push([temporary, path]);
    }
    for (const [temporary, path] of staged) renameSync(temporary, path);
  }
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** The CN, DNS names and IP addresses a certificate carries. */
export function namesOf(certificate: X509Certificate): {
  commonName: string | undefined;
  dnsNames: string[];
  ipAddresses: string[];
} {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1];
  const alt = (certificate.subjectAltName ?? '').split(', ').filter((entry) => entry.length > 0);
  return {
    commonName: cn,
    dnsNames: alt.filter((entry) => entry.startsWith('DNS:')).map((entry) => entry.slice(4)),
    ipAddresses: alt.filter((entry) => entry.startsWith('IP Address:')).map((entry) => entry.slice(11)),
  };
}

/** A fresh P-256 key pair in memory, a CSR for it, and the CA's answer. */
async function request(ask: AskCertificate, options: NodeCertificateOptions): Promise<NodeTlsMaterial> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const names = {
    commonName: options.names.commonName,
    dnsNames: options.names.dnsNames ?? [],
    ipAddresses: options.names.ipAddresses ?? [],
  };
  const csr = buildCsr(spki, names, (data) => new Uint8Array(sign('sha256', data, privateKey)));
  const command = { type: 'issue', csr, role: options.role ?? 'node' } as const;
  const reply = await ask(options.lifetimeMs === undefined ? command : { ...command, lifetimeMs: options.lifetimeMs });
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert: reply.certificate,
    ca: reply.ca,
    serial: reply.serial,
    notAfter: reply.notAfter,
  };
}
