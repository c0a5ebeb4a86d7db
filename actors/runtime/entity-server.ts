/**
 * The node's door for entity requests: decodes and validates every envelope (size, shape, kind,
 * id, deadline, command), checks that this node owns the entity's shard, and hands the command
 * to the host. It always answers with a Reply; nothing that arrives can crash it.
 */
import { isSystemCommand } from './system-commands.js';
import type { Logger } from 'pino';
import { Envelope, Reply } from '../../proto/index.js';
import { shardOf } from '../cluster/shard-hash.js';
import type { ShardDirectory } from '../cluster/shard-directory.js';
import { entityId } from '../entity-id.js';
import { isCallerOrigin } from '../entity-kind.js';
import type { AnyEntityKind, Caller, CommandShape } from '../entity-kind.js';
import {
  DeadlineExceededError,
  InvalidCommandError,
  InvalidEnvelopeError,
  NoOwnerError,
  NotOwnerError,
  PayloadTooLargeError,
  RedoubtError,
  RequestDeniedError,
  toFailure,
  UnknownEntityKindError,
} from '../errors.js';
import type { Subscription, Transport } from '../transport/transport.js';
import type { EntityHost, EntityRequest } from './entity-host.js';
import { nodeSubject } from './subjects.js';
import type { RequestGuard } from './request-credential.js';

/** Options of {@link EntityServer}. */
export interface EntityServerOptions {
  readonly nodeId: string;
  readonly region: string;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  readonly host: EntityHost;
  readonly directory: ShardDirectory;
  readonly log: Logger;
  /**
   * Largest accepted command payload in bytes; the envelope may add up to 4 KiB around it.
   * @default 262144
   */
  readonly maxPayloadBytes?: number;
  /**
   * Longest accepted time until a request's deadline, in milliseconds.
   * @default 300000
   */
  readonly maxDeadlineMs?: number;
  /**
   * Checks each request's credential once its envelope is valid, before its command is parsed
   * and before its entity sees it. Every node runs one; {@link ADMIT_ANY} is for tests and tools
   * that own the whole store.
   */
  readonly guard: RequestGuard;
}

/** A guard that admits every valid request: only for tests and offline tools, never a node. */
export const ADMIT_ANY: RequestGuard = () => undefined;

const ENVELOPE_OVERHEAD = 4096;
const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const MAX_CONTEXT_FIELD = 256;
const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export class EntityServer {
  readonly #options: EntityServerOptions;
  readonly #maxPayload: number;
  readonly #maxDeadlineMs: number;

  constructor(options: EntityServerOptions) {
    this.#options = options;
    this.#maxPayload = options.maxPayloadBytes ?? 262_144;
    this.#maxDeadlineMs = options.maxDeadlineMs ?? 300_000;
  }

  /** Serves this node's subject on the transport. */
  listen(transport: Transport): Subscription {
    return transport.serve(nodeSubject(this.#options.region, this.#options.nodeId), (data) => this.handle(data));
  }

  /** Answers one encoded envelope from the wire with an encoded Reply; never throws. */
  handle(data: Uint8Array): Promise<Uint8Array> {
    return this.#answer(data, false);
  }

  /**
   * Answers an envelope sent by this process's own client to an entity this node hosts: checked
   * like any other, except that the guard's credential check is skipped. A credential proves who
   * sent a request across the wire; this one crossed none, and its sender holds every key that
   * the credential would prove it holds. Only the client reaches this; the transport reaches
   * {@link handle}.
   */
  handleInProcess(data: Uint8Array): Promise<Uint8Array> {
    return this.#answer(data, true);
  }

  async #answer(data: Uint8Array, inProcess: boolean): Promise<Uint8Array> {
    try {
      const request = await this.#admit(data, inProcess);
      const reply = await this.#options.host.ask(request);
      return Reply.encode({ payload: encoder.encode(JSON.stringify(reply ?? null)) }).finish();
    } catch (error) {
      if (!(error instanceof RedoubtError))
        this.#options.log.error({ err: error }, 'unexpected failure handling a request');
      return Reply.encode({ failure: toFailure(error) }).finish();
    }
  }

  /**
   * Validates the envelope, has the guard check its credential (not in process), checks that the kind lets the
   * caller's origin send the method, and only then parses the command and checks ownership.
   */
  async #admit(data: Uint8Array, inProcess: boolean): Promise<EntityRequest> {
    if (data.length > this.#maxPayload + ENVELOPE_OVERHEAD) {
      throw new PayloadTooLargeError(data.length, this.#maxPayload + ENVELOPE_OVERHEAD);
    }
    let envelope: Envelope;
    try {
      envelope = Envelope.decode(data);
    } catch (error) {
      throw new InvalidEnvelopeError('request is not an Envelope', { cause: error });
    }
    if (envelope.payload.length > this.#maxPayload) {
      throw new PayloadTooLargeError(envelope.payload.length, this.#maxPayload);
    }
    const kind = this.#options.kinds.get(envelope.targetKind);
    if (kind === undefined) throw new UnknownEntityKindError(envelope.targetKind.slice(0, 64));
    const entity = entityId(envelope.targetKind, envelope.targetId);
    if (!REQUEST_ID.test(envelope.requestId)) {
      throw new InvalidEnvelopeError('request_id must be 1 to 128 of [A-Za-z0-9_.:-]');
    }
    const now = Date.now();
    const deadline = envelope.deadlineUnixMs;
    if (!Number.isSafeInteger(deadline) || deadline <= 0 || deadline > now + this.#maxDeadlineMs) {
      throw new InvalidEnvelopeError(`deadline_unix_ms must be set and at most ${this.#maxDeadlineMs} ms ahead`);
    }
    if (deadline <= now) throw new DeadlineExceededError('request arrived after its deadline');
    const caller = callerOf(envelope);
    let command: CommandShape | undefined;
    const parse = (): CommandShape => (command ??= this.#parseCommand(kind, envelope));
    if (!inProcess)
      await this.#options.guard({
        kind: envelope.targetKind,
        id: envelope.targetId,
        method: envelope.method,
        payload: envelope.payload,
        requestId: envelope.requestId,
        deadline,
        caller,
        credential: envelope.credential,
        definition: kind,
        command: parse,
      });
    checkOrigin(kind, envelope.method, caller);
    const parsed = parse();
    const directory = this.#options.directory;
    const shard = shardOf(entity, directory.shardCount);
    const owner = directory.ownerOf(shard);
    if (owner === null) throw new NoOwnerError(shard);
    if (owner !== this.#options.nodeId) throw new NotOwnerError(shard, this.#options.nodeId);
    return { entity, shard, kind, command: parsed, requestId: envelope.requestId, caller, deadline };
  }

  #parseCommand(kind: AnyEntityKind, envelope: Envelope): EntityRequest['command'] {
    let payload: unknown;
    try {
      payload = JSON.parse(decoder.decode(envelope.payload));
    } catch {
      throw new InvalidCommandError('payload is not UTF-8 JSON');
    }
    if (typeof payload !== 'object' || payload === null || (payload as { type?: unknown }).type !== envelope.method) {
      throw new InvalidCommandError(
        `payload must be an object whose "type" equals the method "${envelope.method.slice(0, 64)}"`,
        {
          field: 'type',
        },
      );
    }
    if (isSystemCommand(envelope.method)) return { type: envelope.method };
    return kind.parseCommand(payload);
  }
}

/**
 * The kind's declaration of who may send what: a method it does not name is unknown, and one it
 * names for other origins is refused. The runtime's own commands are the system's.
 * @throws InvalidCommandError (`INVALID_COMMAND`) for an unknown method
 * @throws RequestDeniedError (`PERMISSION_DENIED`, reason `ORIGIN_NOT_ALLOWED`) for an origin the kind does not allow
 */
function checkOrigin(kind: AnyEntityKind, method: string, caller: Caller): void {
  const commands = kind.commands as Readonly<Record<string, readonly string[]>>;
  const origins = isSystemCommand(method) ? ['system'] : Object.hasOwn(commands, method) ? commands[method] : undefined;
  if (origins === undefined) {
    throw new InvalidCommandError(`${kind.kind} has no command "${method.slice(0, 64)}"`, { field: 'type' });
  }
  if (!origins.includes(caller.origin)) {
    throw new RequestDeniedError(
      `${kind.kind}.${method.slice(0, 64)} may not come by the ${caller.origin} path`,
      'ORIGIN_NOT_ALLOWED',
    );
  }
}

function callerOf(envelope: Envelope): Caller {
  const c = envelope.caller ?? {};
  const field = (name: string, value: string | null | undefined): string => {
    const text = value ?? '';
    if (text.length > MAX_CONTEXT_FIELD)
      throw new InvalidEnvelopeError(`caller.${name} is longer than ${MAX_CONTEXT_FIELD}`);
    return text;
  };
  const origin = c.origin ?? '';
  if (!isCallerOrigin(origin)) throw new InvalidEnvelopeError('caller.origin must be "api", "system" or "operator"');
  const level = c.assuranceLevel ?? 0;
  if (!Number.isInteger(level) || level < 0 || level > 2) {
    throw new InvalidEnvelopeError('caller.assurance_level must be 0, 1 or 2');
  }
  const factorAt = Number(c.factorAt ?? 0);
  if (!Number.isSafeInteger(factorAt) || factorAt < 0) {
    throw new InvalidEnvelopeError('caller.factor_at must be a time in ms since the epoch');
  }
  return {
    origin,
    accountId: field('account_id', c.accountId),
    sessionId: field('session_id', c.sessionId),
    superadmin: c.superadmin === true,
    orgId: field('org_id', c.orgId),
    issueId: field('issue_id', c.issueId),
    // Only for a session that proved something, so that other callers read as they always did.
    ...(level === 0 ? {} : { assuranceLevel: level, phishingResistant: c.phishingResistant === true, factorAt }),
  };
}
