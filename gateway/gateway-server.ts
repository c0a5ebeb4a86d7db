/**
 * The gRPC gateway: grpc-js over TLS 1.3 only, every method of the modules' .proto files served
 * through the pipeline (rate limits → authn → authz → validation → handler), plus the standard
 * health and server reflection services. The services are the modules' (`module.ts`): a method
 * without a handler, or a service no .proto declares, stops the gateway at start.
 */
import { Server } from '@grpc/grpc-js';
import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import type { ServiceDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { loadSync } from '@grpc/proto-loader';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import type { Logger } from 'pino';
import type { EntityClient, Transport } from '../actors/index.js';
import { onRolesChanged } from './role-changes.js';
import type { TokenSigner, TokenVerifier } from '../registry/index.js';
import { AccessTokens } from './access-tokens.js';
import { loadApiSchema } from './api-schema.js';
import { SchemaError } from './errors.js';
import { NO_GATEWAY_METRICS } from './gateway-metrics.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import type { MailSink } from './mail-outbox.js';
import { OrgRoles } from './org-roles.js';
import { DEFAULT_SCRYPT_COST } from './password-hash.js';
import type { ScryptCost } from './password-hash.js';
import { unary } from './pipeline.js';
import type { UnaryHandler } from './pipeline.js';
import { RateLimiter } from './rate-limiter.js';
import type { SmsSender } from './sms-webhook.js';
import type { RateLimit } from './rate-limiter.js';
import { createHmac } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { AuditTrail, emailIdsOf } from '../domain/index.js';
import { apiProtosOf } from './module.js';
import type { BackgroundContext, BackgroundRun, LoadedModule, ModuleOptionValues } from './module.js';
import type { ServiceParts } from './services/service-parts.js';
import type { GatewayCertificate } from './tls-credentials.js';
import { connectRoutes } from './web/connect-routes.js';
import { listenShared } from './web/shared-port.js';
import { webHandler } from './web/web-handler.js';

/** Options of {@link startGateway}. */
export interface GatewayOptions {
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly certificate: GatewayCertificate;
  /** Reaches the data entities of the region. */
  readonly client: EntityClient;
  /** Reaches the registry's entities (with this node's credential). */
  readonly registry: EntityClient;
  /** Where nodes announce role changes (see role-changes.ts); without it, cached roles only expire. */
  readonly transport?: Transport;
  readonly signer: TokenSigner;
  readonly verifier: TokenVerifier;
  /**
   * The platform's name key, which keys the email index's ids (from the registry, with the
   * envelope keys). @throws when it is not loaded yet
   */
  nameKey(): KeyObject;
  readonly mail: MailSink;
  /** Where SMS codes go; without it, SMS is off. */
  readonly sms?: SmsSender;
  readonly log: Logger;
  /**
   * The modules whose services the gateway serves (`loadModules` of the node's list): their .proto
   * files are the API, and each service is made by its module's factory.
   */
  readonly modules: readonly LoadedModule[];
  /**
   * Where calls are counted (by method and status), timed, and refusals counted by reason.
   * @default NO_GATEWAY_METRICS (nothing is recorded)
   */
  readonly metrics?: GatewayMetrics;
  /** @default DEFAULT_SCRYPT_COST (2^15, 8, 1) */
  readonly passwordCost?: ScryptCost;
  /** @default 300000 (5 min) */
  readonly accessTokenLifetimeMs?: number;
  /**
   * Where browsers reach the gateway. `rpId` defaults to "localhost" and `origins` to
   * `https://<rpId>:<port>` (the port the gateway listens on).
   */
  readonly web?: { readonly rpId?: string; readonly origins?: readonly string[] };
  /** @default 50/s, burst 200 */
  readonly perIpLimit?: RateLimit;
  /** @default 20/s, burst 100 */
  readonly perAccountLimit?: RateLimit;
  /** The values of the modules' own command-line options, by option name (see ModuleDefinition.options). */
  readonly moduleOptions?: ModuleOptionValues;
}

export interface Gateway {
  /** The port the gateway listens on. */
  readonly port: number;
  /** What the modules' background tasks listen on, by name (`dns-udp`). */
  readonly endpoints: Readonly<Record<string, number>>;
  /** Serves a renewed certificate to new connections. */
  replaceCertificate(certificate: GatewayCertificate): void;
  /** Stops taking calls, lets running ones finish for up to `graceMs`, then cuts the rest. */
  close(graceMs?: number): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const schema = loadApiSchema(apiProtosOf(options.modules));
  const tokens = new AccessTokens(options.signer, options.verifier, options.accessTokenLifetimeMs);
  const roles = new OrgRoles(options.client);
  const roleChanges = options.transport && onRolesChanged(options.transport, (orgId) => roles.forgetOrg(orgId));
  const rpId = options.web?.rpId ?? 'localhost';
  let origins: readonly string[] = options.web?.origins ?? [];
  const parts: ServiceParts = {
    client: options.client,
    registry: options.registry,
    tokens,
    mail: options.mail,
    sms: options.sms,
    roles,
    audit: new AuditTrail(options.client, options.registry),
    passwordCost: options.passwordCost ?? DEFAULT_SCRYPT_COST,
    emailIds: (email) => emailIdsOf(email, options.nameKey()),
    web: { rpId, rpName: 'Redoubt', origins: () => origins },
    pepper: (purpose, subject) =>
      createHmac('sha256', options.nameKey()).update(`pepper\n${purpose}\n${subject}`).digest('hex'),
  };
  const implementations = new Map<string, Record<string, UnaryHandler>>();
  for (const module of options.modules) {
    for (const [serviceName, factory] of Object.entries(module.services)) {
      if (!schema.services.has(serviceName)) {
        throw new SchemaError(
          `module ${module.name} serves ${serviceName}, which no .proto file of the modules declares`,
        );
      }
      implementations.set(serviceName, factory(parts, optionsOf(module, options.moduleOptions)));
    }
  }
  const pipeline = {
    tokens,
    roleOf: roles.lookup,
    projectOf: roles.projectLookup,
    perIp: new RateLimiter(options.perIpLimit ?? { perSecond: 50, burst: 200 }, 'IP address'),
    perAccount: new RateLimiter(options.perAccountLimit ?? { perSecond: 20, burst: 100 }, 'account'),
    log: options.log,
    metrics: options.metrics ?? NO_GATEWAY_METRICS,
  };

  const server = new Server({ 'grpc.max_receive_message_length': 1024 * 1024 });
  const health = new HealthImplementation({ '': 'SERVING' });
  for (const [serviceName, methods] of schema.services) {
    const handlers = implementations.get(serviceName);
    if (handlers === undefined) throw new SchemaError(`${serviceName} is served by none of the gateway's modules`);
    const service: UntypedServiceImplementation = {};
    for (const [name, method] of methods) {
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
      if (handler === undefined) throw new SchemaError(`${serviceName}.${name} has no handler in the gateway`);
      service[name] = unary(method, handler, pipeline);
    }
    server.addService(schema.packageDefinition[serviceName] as ServiceDefinition, service);
    health.setStatus(serviceName, 'SERVING');
  }
  health.addToServer(server);
  // Reflection describes the health service too, as grpcurl and friends expect.
  new ReflectionService({ ...schema.packageDefinition, ...loadSync(healthProtoPath) }).addToServer(server);

  const host = options.host ?? '127.0.0.1';
  const port = await listenShared({
    host: host.replace(/^\[|\]$/g, ''),
    port: options.port,
    certificate: options.certificate,
    grpc: server,
    web: webHandler({ routes: connectRoutes(schema, implementations, pipeline), origins: () => origins }),
    log: options.log,
  });
  if (options.web?.origins === undefined) origins = [`https://${rpId}:${port.port}`];
  options.log.info({ host, port: port.port }, 'gateway listening (TLS 1.3: gRPC, gRPC-Web, Connect, sign-in page)');
  let certificate = options.certificate;
  const renewals: ((material: GatewayCertificate) => void)[] = [];
  const background = await startBackground(options, parts, host.replace(/^\[|\]$/g, ''), {
    current: () => certificate,
    onRenewed: (listener) => renewals.push(listener),
  }).catch(async (error: unknown) => {
    roleChanges?.close();
    await port.close(0);
    throw error;
  });
  let closed: Promise<void> | undefined;
  return {
    port: port.port,
    endpoints: Object.assign({}, ...background.map((run) => run.endpoints ?? {})) as Record<string, number>,
    replaceCertificate: (renewed) => {
      certificate = renewed;
      port.replaceCertificate(renewed);
      for (const listener of renewals) listener(renewed);
    },
    close: (graceMs = 5000) =>
      (closed ??= (async () => {
        roleChanges?.close();
        await Promise.all(background.map((task) => task.stop()));
        for (const name of schema.services.keys()) health.setStatus(name, 'NOT_SERVING');
        await port.close(graceMs);
      })()),
  };
}

/** A module's own option values out of all the modules'. */
function optionsOf(module: LoadedModule, values: ModuleOptionValues | undefined): ModuleOptionValues {
  return Object.fromEntries(Object.keys(module.options).map((name) => [name, values?.[name]]));
}

/** Starts every module's background tasks; when one fails, stops those started and rethrows. */
async function startBackground(
  options: GatewayOptions,
  parts: ServiceParts,
  host: string,
  tls: BackgroundContext['tls'],
): Promise<BackgroundRun[]> {
  const started = await Promise.allSettled(
    options.modules.flatMap((module) => {
      const own = optionsOf(module, options.moduleOptions);
      const log = options.log.child({ module: module.name });
      const metrics = options.metrics?.registry;
      return (module.background ?? []).map(async (task) => task({ parts, log, options: own, host, tls, metrics }));
    }),
  );
  const failed = started.find((result) => result.status === 'rejected');
  const runs = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (failed === undefined) return runs;
  await Promise.all(runs.map((run) => run.stop()));
  throw failed.reason;
}
