/**
 * A client of the gateway for programs, tests and the console: TLS with the given CA (server
 * verification always on), every method of the API's .proto files (those of the modules the node
 * runs: `nodeApi()` in nodes/modules.ts) callable by service and method name,
 * promises instead of callbacks, and failures as {@link ApiCallError} with the gRPC status and
 * the `redoubt-*` trailers.
 *
 * @example
 * ```ts
 * const api = ApiClient.connect('127.0.0.1:8443', { ca: await readFile('data/tls/ca.pem'), protos: nodeApi() });
 * const { accountId } = await api.call('AuthService', 'SignUp', { email, password, displayName });
 * ```
 */
import { credentials, loadPackageDefinition, Metadata, status } from '@grpc/grpc-js';
import type { Client, ServiceError } from '@grpc/grpc-js';
import { loadApiSchema } from './api-schema.js';
import type { ApiProtos } from './api-schema.js';

export interface ApiClientOptions {
  /** The CA bundle (PEM) the gateway's certificate must chain to. */
  readonly ca: string | Buffer;
  /** The API to call: the .proto files of the gateway's modules (`nodeApi()`, or `apiProtosOf(modules)`). */
  readonly protos: ApiProtos;
  /** Bearer token sent with every call (see {@link ApiClient.withToken}). */
  readonly token?: string;
  /**
   * Name to check the server certificate against, when the address is not it.
   * @default the host of the address
   */
  readonly serverName?: string;
}

export interface CallOptions {
  /** @default 30000 */
  readonly timeoutMs?: number;
  /** Extra request metadata, e.g. `{ 'x-redoubt-issue': 'PRJ-12' }`. */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Overrides the client's token for this call; `null` sends none. */
  readonly token?: string | null;
}

/** A failed call: the gRPC status and what the gateway's trailers said. */
export class ApiCallError extends Error {
  readonly status: status;
  /** `redoubt-code`, e.g. INVALID_ARGUMENT. */
  readonly code: string;
  readonly reason: string | undefined;
  readonly field: string | undefined;
  /** What would satisfy a STEP_UP_REQUIRED refusal (`level=2;max_age_s=900`). */
  readonly stepUp: string | undefined;

  constructor(error: ServiceError) {
    super(`${status[error.code] ?? error.code}: ${error.details}`);
    this.name = 'ApiCallError';
    this.status = error.code;
    const trailer = (key: string) => {
      const value = error.metadata?.get(key)[0];
      return value === undefined ? undefined : String(value);
    };
    this.code = trailer('redoubt-code') ?? status[error.code] ?? 'UNKNOWN';
    this.reason = trailer('redoubt-reason');
    this.field = trailer('redoubt-field');
    this.stepUp = trailer('redoubt-step-up');
  }
}

type UnaryMethod = (
  request: object,
  metadata: Metadata,
  options: { deadline: number },
  callback: (error: ServiceError | null, response: object) => void,
) => void;

export class ApiClient {
  readonly #clients: ReadonlyMap<string, Client>;
  readonly #token: string | undefined;

  private constructor(clients: ReadonlyMap<string, Client>, token: string | undefined) {
    this.#clients = clients;
    this.#token = token;
  }

  /** Makes channels to every service; the TLS handshake happens on the first call. */
  static connect(address: string, options: ApiClientOptions): ApiClient {
    const schema = loadApiSchema(options.protos);
    const loaded = loadPackageDefinition(schema.packageDefinition);
    const channel = credentials.createSsl(Buffer.from(options.ca));
    const channelOptions =
      options.serverName === undefined ? {} : { 'grpc.ssl_target_name_override': options.serverName };
    const clients = new Map<string, Client>();
    for (const service of schema.services.keys()) {
      const Constructor = service
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], loaded) as new (
        address: string,
        credentials: unknown,
        options: object,
      ) => Client;
      clients.set(service.slice(service.lastIndexOf('.') + 1), new Constructor(address, channel, channelOptions));
    }
    return new ApiClient(clients, options.token);
  }

  /** The same channels, sending this token. */
  withToken(token: string | undefined): ApiClient {
    return new ApiClient(this.#clients, token);
  }

  /**
   * Calls `service.method` (e.g. `'OrgService', 'CreateOrg'`).
   * @throws ApiCallError on any failure status
   */
  call<T = Record<string, unknown>>(
    service: string,
    method: string,
    request: object,
    options: CallOptions = {},
  ): Promise<T> {
    const client = this.#clients.get(service);
    const fn = (client as unknown as Record<string, UnaryMethod> | undefined)?.[method];
    if (client === undefined || typeof fn !== 'function') {
      return Promise.reject(new TypeError(`no method ${service}.${method} in the API`));
    }
    const metadata = new Metadata();
    const token = options.token === undefined ? this.#token : options.token;
    if (token !== undefined && token !== null) metadata.set('authorization', `Bearer ${token}`);
    for (const [key, value] of Object.entries(options.metadata ?? {})) metadata.set(key, value);
    return new Promise((resolve, reject) =>
      fn.call(client, request, metadata, { deadline: Date.now() + (options.timeoutMs ?? 30_000) }, (error, response) =>
        error === null ? resolve(response as T) : reject(new ApiCallError(error)),
      ),
    );
  }

  close(): void {
    for (const client of this.#clients.values()) client.close();
  }
}
