/**
 * Reaches any entity wherever it lives: hashes it to a shard, sends the envelope to the shard's
 * owner (in process when that is this node), and retries transparently within the deadline when
 * the answer says the entity moved, was fenced, or its node is gone. Retries reuse the request id,
 * so a write that did land is not applied twice.
 */
import { randomUUID } from 'node:crypto';
import { Envelope, Reply } from '../../proto/index.js';
import type { HomeRouter, RegionRoute } from '../cluster/home-router.js';
import { SuspectReporter } from '../cluster/liveness.js';
import { unlessCutOff } from '../cluster/region-reach.js';
import { shardOf } from '../cluster/shard-hash.js';
import type { ShardDirectory } from '../cluster/shard-directory.js';
import { entityId } from '../entity-id.js';
import type { AnyEntityKind, Caller, CommandOf, ReplyOf } from '../entity-kind.js';
import { SYSTEM_CALLER } from '../entity-kind.js';
import {
  DeadlineExceededError,
  errorFromFailure,
  InternalError,
  NoOwnerError,
  NoRespondersError,
  RedoubtError,
  UnavailableError,
} from '../errors.js';
import type { Transport } from '../transport/transport.js';
import type { EntityServer } from './entity-server.js';
import type { RequestSigner } from './request-credential.js';
import { nodeSubject } from './subjects.js';

/** Options of one ask. */
export interface AskOptions {
  /**
   * Give up after this many milliseconds (ignored when `deadline` is set).
   * @default the client's defaultTimeoutMs
   */
  readonly timeoutMs?: number;
  /** Absolute deadline, milliseconds since the Unix epoch. */
  readonly deadline?: number;
  /** @default a random UUID; pass the same id to make a repeated call idempotent */
  readonly requestId?: string;
  /** @default the system caller */
  readonly caller?: Caller;
  readonly traceId?: string;
}

/** Options of {@link EntityClient}. */
export interface EntityClientOptions {
  /** The client's own region. */
  readonly region: string;
  /** The own region's shard map. */
  readonly directory: ShardDirectory;
  /**
   * Finds each entity's home region, for a client that serves entities of several regions (a
   * gateway). Asks to another region that does not answer fail with `REGION_UNREACHABLE`.
   * @default every entity is in the own region
   */
  readonly router?: HomeRouter;
  readonly transport: Transport;
  /** The node this client runs in, whose own shards are served without a network hop. */
  readonly local?: { readonly nodeId: string; readonly server: EntityServer };
  /**
   * Deadline of an ask without one, in milliseconds.
   * @default 10000
   */
  readonly defaultTimeoutMs?: number;
  /**
   * Longest wait for one attempt before trying again (a frozen or dead node answers nothing).
   * @default 2000
   */
  readonly attemptTimeoutMs?: number;
  /**
   * Attaches a credential to each request it covers (see request-credential.ts).
   * @default no credentials
   */
  readonly signer?: RequestSigner;
}

/** A typed handle on one entity. */
export interface EntityRef<K extends AnyEntityKind> {
  readonly kind: K;
  readonly id: string;
  ask(command: CommandOf<K>, options?: AskOptions): Promise<ReplyOf<K>>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const FIRST_BACKOFF_MS = 10;
const MAX_BACKOFF_MS = 400;
/** An ask to another region still unanswered after this long makes the client probe that region. */
const PROBE_REGION_AFTER_MS = 300;

export class EntityClient {
  readonly #options: EntityClientOptions;
  readonly #defaultTimeoutMs: number;
  readonly #attemptTimeoutMs: number;
  readonly #ownRoute: RegionRoute;
  readonly #suspects = new Map<string, SuspectReporter>();
  #retries = 0;

  constructor(options: EntityClientOptions) {
    this.#options = options;
    this.#ownRoute = { region: options.region, directory: options.directory };
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? 10_000;
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? 2000;
  }

  /** The client's own region. */
  get region(): string {
    return this.#options.region;
  }

  /** Whether this client routes by each entity's home region (a gateway's does). */
  get routesByHome(): boolean {
    return this.#options.router !== undefined;
  }

  /**
   * The region an entity lives in.
   * @throws RedoubtError `UNAVAILABLE` (reason `REGION_UNREACHABLE`) when its home is a region that cannot be reached
   */
  async regionOf(kind: AnyEntityKind, id: string): Promise<string> {
    return (await this.#route(kind, id)).region;
  }

  /** How many times a request was sent again since this client started. */
  get retries(): number {
    return this.#retries;
  }

  ref<K extends AnyEntityKind>(kind: K, id: string): EntityRef<K> {
    entityId(kind.kind, id);
    return { kind, id, ask: (command, options) => this.ask(kind, id, command, options) };
  }

  /**
   * Sends a command to an entity and resolves with its reply.
   * @throws RedoubtError with the entity's failure code, or `DEADLINE_EXCEEDED` when retries ran
   *   out of time (the last retryable failure is its cause)
   */
  async ask<K extends AnyEntityKind>(
    kind: K,
    id: string,
    command: CommandOf<K>,
    options: AskOptions = {},
  ): Promise<ReplyOf<K>> {
    const entity = entityId(kind.kind, id);
    const payload = encoder.encode(JSON.stringify(command));
    const deadline = options.deadline ?? Date.now() + (options.timeoutMs ?? this.#defaultTimeoutMs);
    const requestId = options.requestId ?? randomUUID();
    const caller = options.caller ?? SYSTEM_CALLER;
    const fields = {
      targetKind: kind.kind,
      targetId: id,
      method: command.type,
      payload,
      caller,
      traceId: options.traceId ?? '',
      deadlineUnixMs: deadline,
      requestId,
    };
    // The credential proves the sender across the wire; a request served in this process
    // crosses none, so it is made (a MAC or a signature) only when one goes out.
    let wire: Uint8Array | undefined;
    let inProcess: Uint8Array | undefined;
    const bytes = (local: boolean): Uint8Array => {
      if (local) return (inProcess ??= Envelope.encode(fields).finish());
      if (wire !== undefined) return wire;
      const credential = this.#options.signer?.({
        kind: kind.kind,
        id,
        method: command.type,
        payload,
        requestId,
        deadline,
        caller,
      });
      return (wire = Envelope.encode(credential === undefined ? fields : { ...fields, credential }).finish());
    };
    let route: RegionRoute | undefined;
    let backoff = FIRST_BACKOFF_MS;
    let last: RedoubtError | undefined;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new DeadlineExceededError(
          `no answer from ${entity} within the deadline${last ? ` (last: ${last.code})` : ''}`,
          {
            cause: last,
          },
        );
      }
      if (attempt > 0) this.#retries++;
      try {
        // Found inside the loop: a directory lookup that fails for a while is retried too.
        route ??= await this.#route(kind, id);
        return (await this.#send(route, shardOf(entity, route.directory.shardCount), bytes, remaining)) as ReplyOf<K>;
      } catch (error) {
        if (!(error instanceof RedoubtError) || !error.retryable) throw error;
        last = error;
        if (error.details['reason'] === 'ENTITY_MOVED') {
          // Its org moved: the next attempt goes where the directory says it is now; a client
          // that knows only its own region can only say so.
          if (this.#options.router === undefined) throw error;
          this.#options.router.moved(kind, id);
          route = undefined;
        }
      }
      // Wait for the map to change (an owner appearing or moving) or the backoff, whichever is first.
      const wait = Math.min(backoff, Math.max(0, deadline - Date.now()));
      await (route?.directory ?? this.#options.directory).nextChange(wait * (0.5 + Math.random() / 2));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }

  #route(kind: AnyEntityKind, id: string): Promise<RegionRoute> | RegionRoute {
    return this.#options.router?.route(kind, id) ?? this.#ownRoute;
  }

  async #send(
    route: RegionRoute,
    shard: number,
    bytes: (local: boolean) => Uint8Array,
    remaining: number,
  ): Promise<unknown> {
    const owner = route.directory.ownerOf(shard as never);
    if (owner === null) throw new NoOwnerError(shard);
    const local = this.#options.local;
    const attemptMs = Math.min(remaining, this.#attemptTimeoutMs);
    const remote = route.region === this.#options.region ? undefined : this.#options.router;
    let replyBytes: Uint8Array;
    try {
      if (local !== undefined && owner === local.nodeId && remote === undefined) {
        replyBytes = await local.server.handleInProcess(bytes(true));
      } else {
        const request = this.#options.transport.request(nodeSubject(route.region, owner), bytes(false), attemptMs);
        replyBytes =
          remote === undefined
            ? await request
            : await unlessCutOff(request, () => remote.reachable(route.region), PROBE_REGION_AFTER_MS);
      }
    } catch (error) {
      // The servers say the owner is not connected: tell the coordinators, who confirm and move
      // its shards at once instead of waiting for its heartbeats to be missed. Across regions
      // the same answer comes when the link is down: find out which before blaming the node.
      if (error instanceof NoRespondersError) {
        if (remote !== undefined) await remote.reachable(route.region);
        this.#suspectsOf(route.region).report(owner);
      }
      // One silent attempt (a frozen, dead or leaving node) is worth another while the deadline allows.
      if (error instanceof DeadlineExceededError) {
        throw new UnavailableError(`no reply from node ${owner} within ${attemptMs} ms`, { cause: error });
      }
      throw error;
    }
    let reply: Reply;
    try {
      reply = Reply.decode(replyBytes);
    } catch (error) {
      throw new InternalError(`node ${owner} sent an undecodable reply`, { cause: error });
    }
    if (reply.failure) {
      throw errorFromFailure({
        code: reply.failure.code ?? 'INTERNAL',
        message: reply.failure.message ?? '',
        retryable: reply.failure.retryable ?? false,
        details: reply.failure.details ?? {},
      });
    }
    return JSON.parse(decoder.decode(reply.payload ?? new Uint8Array())) as unknown;
  }

  /** The reporter of suspect nodes of `region` (another region's nodes go to its coordinators). */
  #suspectsOf(region: string): SuspectReporter {
    let reporter = this.#suspects.get(region);
    if (reporter === undefined) {
      reporter = new SuspectReporter(this.#options.transport, region);
      this.#suspects.set(region, reporter);
    }
    return reporter;
  }
}
