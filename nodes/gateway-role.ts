/**
 * Runs the gRPC gateway in a node: a server certificate from the internal CA (renewed in place),
 * access-token signing and verification with the registry's `access` keys, and the mail outbox.
 * The CA bundle clients must trust is written to `<data>/tls/ca.pem`. With `--acme-directory`,
 * the gateway serves a certificate from that public CA instead (gateway/acme/), shared with the
 * other gateways through the registry and renewed in place.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { EntityClient, Transport } from '../actors/index.js';
import { ACCESS_AUDIENCE, ACCESS_PURPOSE, OutboxDirectory, SmsWebhook, startGateway } from '../gateway/index.js';
import type { Gateway, GatewayMetrics, LoadedModule } from '../gateway/index.js';
import {
  ca,
  CLUSTER_CA_ID,
  DEFAULT_ACME_ACCOUNT,
  NodeCertificate,
  signingKeys,
  TokenSigner,
  TokenVerifier,
} from '../registry/index.js';
import type { IssueReply, JwksReply, SigningKeyReply } from '../registry/index.js';
import type { AcmeCertificates } from '../gateway/acme/index.js';
import type { AcmeConfig, NodeConfig } from './config.js';
import { ConfigError } from './errors.js';
import { moduleLogger } from './logger.js';
import { readSecretFile } from './secret-file.js';

export interface GatewayRole {
  readonly port: number;
  /** What the modules' background tasks listen on, by name. */
  readonly endpoints: Readonly<Record<string, number>>;
  /** Hands a renewed certificate to the gateway (a cluster node's NodeCertificate calls it). */
  readonly onRenewed: (material: { key: string; cert: string }) => void;
  /** The CA bundle that the gateway's certificate chains to (for clients); none with ACME. */
  readonly caFile: string | undefined;
  readonly outbox: string;
  close(): Promise<void>;
}

/**
 * @param parts.certificate - the node's certificate from `--cert-dir` (a cluster gateway node);
 *   without one, the gateway obtains a server certificate from the in-process CA (standalone)
 * @param parts.metrics - the node's metrics (served on its /metrics), where the gateway counts
 *   calls and refusals
 * @param parts.modules - the modules whose services the gateway serves
 */
export async function startGatewayRole(
  config: NodeConfig,
  parts: {
    readonly client: EntityClient;
    readonly registry: EntityClient;
    /** Where role changes are announced (see gateway/role-changes.ts). */
    readonly transport: Transport;
    readonly certificate?: NodeCertificate;
    readonly metrics: GatewayMetrics;
    readonly modules: readonly LoadedModule[];
    /** The platform's name key, which keys the email index's ids (see domain/email). */
    nameKey(): KeyObject;
  },
  log: Logger,
): Promise<GatewayRole> {
  const gatewayLog = moduleLogger(log, 'gateway');
  const { registry } = parts;
  // The certificate renews into the gateway, which starts after it.
  const live: { gateway?: Gateway } = {};
  const renewed = (material: { key: string; cert: string }): void =>
    live.gateway?.replaceCertificate({ key: material.key, cert: material.cert });
  const served =
    config.acme === undefined ? undefined : await startAcme(config, config.acme, registry, renewed, gatewayLog);
  const internal =
    served !== undefined
      ? undefined
      : (parts.certificate ?? (await standaloneCertificate(config, registry, renewed, gatewayLog)));
  // Clients trust the internal CA's bundle, unless the certificate is a public CA's.
  let caFile: string | undefined;
  if (internal !== undefined) {
    const tlsDir = join(config.dataDir, 'tls');
    await mkdir(tlsDir, { recursive: true, mode: 0o700 });
    caFile = join(tlsDir, 'ca.pem');
    await writeFile(caFile, internal.current.ca, { mode: 0o644 });
  }
  const certificate = served?.certificates.current ?? internal!.current;
  const askKeys = async (purpose: string, command: { type: 'fetch'; recipient: string } | { type: 'jwks' }) =>
    registry.ask(signingKeys, purpose, command);
  const outbox = join(config.dataDir, 'outbox');
  // What this role started before the gateway stops with it when the gateway cannot start.
  const stopStarted = async () => {
    if (parts.certificate === undefined) internal?.close();
    await served?.close();
  };
  const gateway = await startGateway({
    host: config.grpcHost,
    port: config.grpcPort,
    certificate: { key: certificate.key, cert: certificate.cert },
    client: parts.client,
    registry,
    transport: parts.transport,
    signer: new TokenSigner(
      ACCESS_PURPOSE,
      async (purpose, command) => (await askKeys(purpose, command)) as SigningKeyReply,
    ),
    verifier: new TokenVerifier(
      ACCESS_PURPOSE,
      async (purpose, command) => (await askKeys(purpose, command)) as JwksReply,
      { audience: ACCESS_AUDIENCE },
    ),
    mail: new OutboxDirectory(outbox),
    ...(config.sms === undefined
      ? {}
      : {
          sms: new SmsWebhook(
            config.sms.webhook,
            await readSecretFile(
              config.sms.secretFile,
              (problem) => new ConfigError(`--sms-webhook-secret-file: ${problem}`),
            ),
          ),
        }),
    web: { rpId: config.web.rpId, ...(config.web.origins === undefined ? {} : { origins: config.web.origins }) },
    passwordCost: { n: config.scryptN, r: 8, p: 1 },
    perIpLimit: { perSecond: config.rateLimitPerIp, burst: 4 * config.rateLimitPerIp },
    perAccountLimit: { perSecond: config.rateLimitPerAccount, burst: 4 * config.rateLimitPerAccount },
    log: gatewayLog,
    metrics: parts.metrics,
    modules: parts.modules,
    nameKey: parts.nameKey,
    moduleOptions: config.moduleOptions,
  }).catch(async (error: unknown) => {
    await stopStarted();
    throw error;
  });
  live.gateway = gateway;
  return {
    port: gateway.port,
    endpoints: gateway.endpoints,
    caFile,
    outbox,
    // A cluster node's certificate renews into the gateway only when it is the one served.
    onRenewed: served === undefined ? renewed : () => undefined,
    close: async () => {
      await stopStarted();
      await gateway.close();
    },
  };
}

/** A server certificate from the CA in this process, renewed in place. */
async function standaloneCertificate(
  config: NodeConfig,
  registry: EntityClient,
  onRenewed: (material: { key: string; cert: string }) => void,
  log: Logger,
): Promise<NodeCertificate> {
  // Idempotent: makes the internal CA on a fresh standalone node.
  await registry.ask(ca, CLUSTER_CA_ID, { type: 'init' });
  const ipAddresses = [
    '127.0.0.1',
    '::1',
    ...(isIP(config.grpcHost) !== 0 && config.grpcHost !== '0.0.0.0' ? [config.grpcHost] : []),
  ];
  return NodeCertificate.obtain(async (command) => (await registry.ask(ca, CLUSTER_CA_ID, command)) as IssueReply, {
    names: { commonName: `gateway-${config.nodeId}`, dnsNames: ['localhost'], ipAddresses: [...new Set(ipAddresses)] },
    role: 'server',
    onRenewed,
    onError: (error) => log.warn({ err: error }, 'gateway certificate renewal failed; retrying'),
  });
}

/** The ACME certificate and the responder its challenge type needs, started before the first order. */
async function startAcme(
  config: NodeConfig,
  acme: AcmeConfig,
  registry: EntityClient,
  onRenewed: (material: { key: string; cert: string }) => void,
  log: Logger,
): Promise<{ certificates: AcmeCertificates; close(): Promise<void> }> {
  // Loaded only when configured: the ACME client and its HTTP stack cost every other start.
  const { AcmeCertificates, AcmeStore, serveAlpnChallenges, serveHttpChallenges } =
    await import('../gateway/acme/index.js');
  const store = new AcmeStore(registry, DEFAULT_ACME_ACCOUNT);
  const responder =
    acme.challenge === 'http-01'
      ? await serveHttpChallenges(config.grpcHost, acme.httpPort, (token) => store.httpChallenge(token), log)
      : await serveAlpnChallenges(config.grpcHost, acme.tlsPort, (domain) => store.alpnChallenge(domain), log);
  try {
    const certificates = await AcmeCertificates.start(
      store,
      {
        directoryUrl: acme.directoryUrl,
        names: acme.names,
        challenge: acme.challenge,
        ...(acme.email === undefined ? {} : { email: acme.email }),
        ...(acme.caFile === undefined ? {} : { directoryCa: await readFile(acme.caFile, 'utf8') }),
      },
      (certificate) => {
        onRenewed(certificate);
        log.info({ notAfter: new Date(certificate.notAfter).toISOString() }, 'ACME certificate renewed');
      },
      log,
    );
    return {
      certificates,
      close: async () => {
        certificates.close();
        await responder.close();
      },
    };
  } catch (error) {
    await responder.close();
    throw error;
  }
}
