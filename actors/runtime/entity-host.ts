/**
 * Hosts the entities of one node as nact actors: one actor per busy entity, whose mailbox
 * serialises its commands. An entity activates from its latest snapshot plus the journal tail,
 * persists each command's events with a fenced append before replying, and snapshots every N
 * events. Once idle for a moment it gives up its actor (about 2 KB of mailbox machinery) and stays
 * resident as bare state, answering its next command without I/O; after `passivateAfterMs` idle it
 * leaves memory. A refused append means another node owns the entity now: it is retired at once
 * and the caller is told to retry.
 */
import { randomBytes } from 'node:crypto';
import { dispatch, spawn, start, stop } from 'nact';
import type { Ref } from 'nact';
import type { Logger } from 'pino';
import { keyScopeOf } from '../entity-kind.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { sealedKeyVersion } from '../crypto/sealer.js';
import type { KeyScope } from '../crypto/keyring.js';
import type { Sealer } from '../crypto/sealer.js';
import type { EntityId, ShardId } from '../entity-id.js';
import { entityToken, splitEntityId } from '../entity-id.js';
import type { AnyEntityKind, Caller, CommandShape, EntityContext, OutboxMessage } from '../entity-kind.js';
import {
  ClosedError,
  CompactionError,
  DeadlineExceededError,
  EntityMovedError,
  InternalError,
  JournalCorruptError,
  JournalFencedError,
  RedoubtError,
  UnavailableError,
} from '../errors.js';
import type { Journal, JournalPosition, SnapshotStore } from '../persistence/journal.js';
import { movedRegionOf } from '../persistence/moved-marker.js';
import type { HostMetrics } from './host-metrics.js';
import { NO_METRICS } from './host-metrics.js';
import {
  FLUSH_OUTBOX_COMMAND,
  isRuntimeEvent,
  isSystemCommand,
  RESEAL_COMMAND,
  RESEALED_EVENT,
} from './system-commands.js';
import type { FlushOutboxReply, ResealReply } from './system-commands.js';
import { decodeRecordBody, decodeSnapshotBody, encodeRecordBody, encodeSnapshotBody } from './record-codec.js';
import type { PendingOutbox } from './record-codec.js';
import { outboxCommitted } from './outbox.js';
import type { OutboxOptions } from './outbox.js';

/** One command for one entity, already validated. */
export interface EntityRequest {
  readonly entity: EntityId;
  readonly shard: ShardId;
  readonly kind: AnyEntityKind;
  readonly command: CommandShape;
  /** Identifies the logical request across retries; a repeated id gets the first reply again. */
  readonly requestId: string;
  readonly caller: Caller;
  /** Milliseconds since the Unix epoch. */
  readonly deadline: number;
}

/** Options of {@link EntityHost}. */
export interface EntityHostOptions {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly sealer: Sealer;
  readonly log: Logger;
  readonly metrics?: HostMetrics;
  /**
   * How many recent request ids each entity remembers for exactly-once retries.
   * @default 32
   */
  readonly dedupWindow?: number;
  /**
   * How long an entity keeps its actor after its last command, in milliseconds; afterwards it
   * stays resident as state only, until its kind's `passivateAfterMs`.
   * @default 1000
   */
  readonly actorIdleMs?: number;
  /**
   * Where kinds' outbox messages go (see outbox.ts).
   * @default none: a kind that declares an outbox cannot commit a change that makes a message
   */
  readonly outbox?: OutboxOptions;
  /**
   * How many entities of one kind load at a time. A burst of activations (a dead node's entities
   * arriving at once) then queues behind itself instead of in front of every request for the
   * entities already here. Per kind, since an activation may wait on another kind's entity (the
   * keys of its org) on the same node.
   * @default 8
   */
  readonly activationsPerKind?: number;
}

/** An entity in memory: its state and where its journal ends. */
interface Active {
  state: unknown;
  seq: number;
  position: JournalPosition;
  sinceSnapshot: number;
  /** Recent request ids and their replies; created on the first write. */
  recent: Map<string, string> | undefined;
  /** How many journal records the last compaction erased. */
  lastErased?: number;
  /** The last outbox message, while it may be undelivered. */
  outbox?: PendingOutbox | undefined;
  /**
   * When this copy of the entity last wrote its outbox note, if the note still stands. A note
   * stands while the entity is busy and is cleared once it goes idle, so a busy entity writes one
   * note per few seconds rather than a note and a clear per change.
   */
  notedAt?: number | undefined;
}

/** An idle entity without an actor: its state, ready for the next command. */
interface Resident {
  readonly active: Active;
  readonly shard: ShardId;
  readonly passivateAfterMs: number;
  /** Refreshed by each read answered from it, so an entity in use stays. */
  idleSince: number;
}

type Outcome = { ok: true; reply: unknown } | { ok: false; error: RedoubtError };

interface CellMessage {
  readonly request: EntityRequest;
  readonly reply: (outcome: Outcome) => void;
}

/** The one message an entity actor gets: work through the cell's queue. */
type Drain = { readonly type: 'drain' };
const DRAIN: Drain = Object.freeze({ type: 'drain' });

/** The host's handle on one entity actor. */
interface Cell {
  readonly entity: EntityId;
  readonly shard: ShardId;
  readonly ref: Ref<Drain>;
  /**
   * Requests waiting for the actor, in arrival order. nact runs one message per event-loop turn
   * (setImmediate), so under network load one message per command would make a busy entity
   * answer one command per turn; the actor drains this queue instead, still one at a time.
   */
  readonly queue: CellMessage[];
  /** Whether a drain is dispatched or running (a new request then only joins the queue). */
  draining: boolean;
  /** Set when the entity must not act any more (fenced, or its shard moved away). */
  retired: boolean;
  inflight: number;
  /** The entity's state after its last command (undefined until activated); going idle moves it to the resident tier. */
  active: Active | undefined;
  /** Armed when the last request in flight is answered; gives up the actor when it fires. */
  idleTimer: NodeJS.Timeout | undefined;
}

const DEFAULT_PASSIVATE_MS = 120_000;
const DEFAULT_ACTOR_IDLE_MS = 1000;
/** How often resident entities are checked for passivation, at most. */
const MAX_SWEEP_MS = 10_000;
const DEFAULT_SNAPSHOT_EVERY = 100;
/** How long delivering an outbox message after the reply may take; then it stays pending (the relay retries). */
const OUTBOX_DELIVERY_MS = 5000;
const DEFAULT_NOTE_REFRESH_MS = 4000;
const DEFAULT_NOTE_LINGER_MS = 3000;

export class EntityHost {
  readonly #journal: Journal;
  readonly #snapshots: SnapshotStore;
  readonly #sealer: Sealer;
  readonly #log: Logger;
  readonly #metrics: HostMetrics;
  readonly #dedupWindow: number;
  readonly #system = start();
  readonly #cells = new Map<EntityId, Cell>();
  readonly #resident = new Map<EntityId, Resident>();
  readonly #draining = new Set<Cell>();
  readonly #actorIdleMs: number;
  readonly #outbox: OutboxOptions | undefined;
  readonly #activationsPerKind: number;
  readonly #activations = new Map<string, ConcurrencyLimit>();
  #sweeper: NodeJS.Timeout | undefined;
  #sweepEveryMs = MAX_SWEEP_MS;
  #generation = 0;
  #closed = false;

  constructor(options: EntityHostOptions) {
    this.#journal = options.journal;
    this.#snapshots = options.snapshots;
    this.#sealer = options.sealer;
    this.#log = options.log;
    this.#metrics = options.metrics ?? NO_METRICS;
    this.#dedupWindow = options.dedupWindow ?? 32;
    this.#actorIdleMs = options.actorIdleMs ?? DEFAULT_ACTOR_IDLE_MS;
    this.#outbox = options.outbox;
    this.#activationsPerKind = options.activationsPerKind ?? 8;
  }

  /** How many entities are in memory now (with an actor, or resident as state). */
  get activeCount(): number {
    return this.#cells.size + this.#resident.size;
  }

  /**
   * Runs one command on its entity and resolves with the entity's reply once its events are
   * durable.
   * @throws RedoubtError with the entity's or the runtime's failure code
   */
  async ask(request: EntityRequest): Promise<unknown> {
    const started = performance.now();
    try {
      const reply = await this.#ask(request);
      this.#metrics.askDone(request.kind.kind, 'ok', (performance.now() - started) / 1000);
      return reply;
    } catch (error) {
      const code = error instanceof RedoubtError ? error.code : 'INTERNAL';
      this.#metrics.askDone(request.kind.kind, code, (performance.now() - started) / 1000);
      throw error;
    }
  }

  async #ask(request: EntityRequest): Promise<unknown> {
    if (this.#closed) throw new ClosedError('entity host');
    const remaining = request.deadline - Date.now();
    if (remaining <= 0) throw new DeadlineExceededError(`deadline passed before ${request.entity} was reached`);
    const read = this.#readWhileIdle(request);
    if (read !== undefined) return read.reply;
    // A cell in #cells always has a running actor: only the host stops actors, and it removes
    // the cell first (going idle, retiring), so the message below cannot be dropped.
    const cell = this.#cellFor(request);
    cell.inflight++;
    clearTimeout(cell.idleTimer);
    let outcome: Outcome;
    try {
      // Our own reply callback, not nact's query: its temporary reference ids are 32-bit random
      // numbers, and two asks in flight with the same id lose one reply (seen at 100k entities).
      outcome = await new Promise<Outcome>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new DeadlineExceededError(`${request.entity} did not answer within the deadline`)),
          remaining,
        );
        cell.queue.push({
          request,
          reply: (answer: Outcome) => {
            clearTimeout(timer);
            resolve(answer);
          },
        });
        if (!cell.draining) {
          cell.draining = true;
          dispatch(cell.ref, DRAIN);
        }
      });
    } finally {
      cell.inflight--;
      if (cell.retired && cell.inflight === 0) this.#stopCell(cell);
      else if (cell.inflight === 0) this.#armIdle(cell, request.kind);
    }
    if (outcome.ok) return outcome.reply;
    throw outcome.error;
  }

  /**
   * Answers a read of an entity that is in memory and idle (no command queued or running) at
   * once, from its state, without a turn through its actor: nothing can change the state while
   * the read runs, so the answer is the one the actor would give. A command that turns out to
   * change the entity (its decision has events), and any entity busy or not in memory, take the
   * actor's path.
   * @returns undefined when the request must go through the actor
   * @throws RedoubtError when the kind refuses the command
   */
  #readWhileIdle(request: EntityRequest): { reply: unknown } | undefined {
    const cell = this.#cells.get(request.entity);
    let active: Active | undefined;
    if (cell !== undefined) {
      if (cell.retired || cell.draining || cell.inflight > 0) return undefined;
      active = cell.active;
    } else {
      const resident = this.#resident.get(request.entity);
      if (resident === undefined) return undefined;
      active = resident.active;
      resident.idleSince = Date.now();
    }
    if (active === undefined || isSystemCommand(request.command.type)) return undefined;
    const replayed = active.recent?.get(request.requestId);
    if (replayed !== undefined) return { reply: JSON.parse(replayed) };
    let decision;
    try {
      decision = request.kind.decide(active.state, request.command, contextOf(request, active));
    } catch (error) {
      throw asRedoubtError(error);
    }
    return decision.events.length === 0 ? { reply: decision.reply } : undefined;
  }

  #cellFor(request: EntityRequest): Cell {
    const existing = this.#cells.get(request.entity);
    if (existing !== undefined && !existing.retired) return existing;
    const { kind } = request;
    const resident = this.#resident.get(request.entity);
    if (resident !== undefined) this.#resident.delete(request.entity);
    const name = `${entityToken(request.entity)}.${++this.#generation}`;
    const cell: Cell = {
      entity: request.entity,
      shard: request.shard,
      retired: false,
      inflight: 0,
      active: resident?.active,
      idleTimer: undefined,
      queue: [],
      draining: false,
      ref: undefined as unknown as Ref<Drain>,
    };
    const ref = spawn(
      this.#system,
      // The actor serialises the entity's commands; its state lives in the cell, not in nact.
      async () => {
        for (let message = cell.queue.shift(); message !== undefined; message = cell.queue.shift()) {
          let handled: Handled;
          try {
            handled = await this.#handle(cell, kind, cell.active, message.request);
          } catch (error) {
            handled = { outcome: fail(asRedoubtError(error)), next: undefined };
          }
          cell.active = handled.next;
          message.reply(handled.outcome);
          // Work that must precede the entity's next message but not its reply (the outbox).
          if (handled.afterReply !== undefined) await handled.afterReply();
        }
        // No await since the queue was seen empty: a request arriving now dispatches a new drain.
        cell.draining = false;
        return undefined;
      },
      name,
      {
        afterStop: () => this.#actorStopped(cell),
      },
    );
    (cell as { ref: Ref<Drain> }).ref = ref;
    this.#cells.set(request.entity, cell);
    this.#reportActive();
    return cell;
  }

  #reportActive(): void {
    this.#metrics.activeEntities(this.activeCount);
  }

  #armIdle(cell: Cell, kind: AnyEntityKind): void {
    const idleMs = Math.min(this.#actorIdleMs, kind.passivateAfterMs ?? DEFAULT_PASSIVATE_MS);
    cell.idleTimer = setTimeout(() => this.#idle(cell, kind), idleMs);
    cell.idleTimer.unref();
  }

  /**
   * An entity idle for `actorIdleMs` gives up its actor and stays resident as state, unless its
   * kind passivates sooner. Done synchronously, so no ask can reach an actor that is stopping.
   */
  #idle(cell: Cell, kind: AnyEntityKind): void {
    if (cell.inflight > 0 || cell.retired || this.#cells.get(cell.entity) !== cell) return;
    // Still delivering after its last reply: idle once that is done.
    if (cell.draining) return this.#armIdle(cell, kind);
    this.#cells.delete(cell.entity);
    if (cell.active !== undefined) this.#lingerNote(cell.entity, cell.active);
    const passivateAfterMs = kind.passivateAfterMs ?? DEFAULT_PASSIVATE_MS;
    if (!this.#closed && cell.active !== undefined && passivateAfterMs > this.#actorIdleMs) {
      this.#resident.set(cell.entity, {
        active: cell.active,
        shard: cell.shard,
        passivateAfterMs,
        idleSince: Date.now(),
      });
      this.#scheduleSweep(passivateAfterMs);
    }
    stop(cell.ref);
    this.#reportActive();
  }

  /** An actor stopped (idle, retired or closing). */
  #actorStopped(cell: Cell): void {
    this.#draining.delete(cell);
    if (this.#cells.get(cell.entity) === cell) this.#cells.delete(cell.entity);
    this.#reportActive();
  }

  #scheduleSweep(passivateAfterMs: number): void {
    const every = Math.max(10, Math.min(MAX_SWEEP_MS, Math.floor(passivateAfterMs / 4)));
    if (this.#sweeper !== undefined && every >= this.#sweepEveryMs) return;
    clearInterval(this.#sweeper);
    this.#sweepEveryMs = every;
    this.#sweeper = setInterval(() => this.#sweep(), every);
    this.#sweeper.unref();
  }

  /** Passivates resident entities idle for longer than their kind allows. */
  #sweep(): void {
    const now = Date.now();
    for (const [entity, resident] of this.#resident) {
      if (now - resident.idleSince >= resident.passivateAfterMs) {
        this.#resident.delete(entity);
      }
    }
    this.#reportActive();
  }

  async #handle(cell: Cell, kind: AnyEntityKind, active: Active | undefined, request: EntityRequest): Promise<Handled> {
    if (cell.retired) {
      return { outcome: fail(new UnavailableError(`${cell.entity} moved; retry`)), next: undefined };
    }
    if (Date.now() > request.deadline) {
      return {
        outcome: fail(new DeadlineExceededError(`deadline passed while ${cell.entity} was busy`)),
        next: active,
      };
    }
    let current = active;
    try {
      current ??= await this.#activationsOf(kind).run(() => this.#activate(kind, cell.entity));
    } catch (error) {
      this.#log.warn({ err: error, entity: cell.entity }, 'activation failed');
      return { outcome: fail(asRedoubtError(error)), next: undefined };
    }
    const replayed = current.recent?.get(request.requestId);
    if (replayed !== undefined) return { outcome: { ok: true, reply: JSON.parse(replayed) }, next: current };

    if (request.command.type === RESEAL_COMMAND) return this.#reseal(cell, kind, current, request);
    if (request.command.type === FLUSH_OUTBOX_COMMAND) return this.#flushOutbox(cell.entity, current, request);
    const context = contextOf(request, current);
    let decision;
    let after: unknown;
    let message: OutboxMessage | undefined;
    try {
      decision = kind.decide(current.state, request.command, context);
      if (decision.events.length === 0) return { outcome: { ok: true, reply: decision.reply }, next: current };
      after = evolveAll(kind, current.state, decision.events);
      message = kind.outbox?.({ before: current.state, after, command: request.command, context });
    } catch (error) {
      return { outcome: fail(asRedoubtError(error)), next: current };
    }
    if (message !== undefined) {
      // The entity's messages arrive in order: the one before goes first, or nothing commits.
      if (this.#outbox === undefined) {
        return {
          outcome: fail(new InternalError(`${kind.kind} makes outbox messages, but this node has no outbox`)),
          next: current,
        };
      }
      if (current.outbox !== undefined && !(await this.#deliver(cell.entity, current, request.deadline))) {
        return {
          outcome: fail(
            new UnavailableError(`${cell.entity}'s previous change is not delivered to its outbox yet; retry`),
          ),
          next: current,
        };
      }
    }
    return this.#commit(cell, kind, current, request, { ...decision, state: after, outbox: message });
  }

  /** Delivers the entity's pending outbox message, if any (the relay asks for it). */
  async #flushOutbox(entity: EntityId, current: Active, request: EntityRequest): Promise<Handled> {
    if (current.outbox === undefined || this.#outbox === undefined) {
      // Nothing pending: a note made before an append that never happened, or not cleared yet.
      await this.#dropNote(entity, current);
      const reply: FlushOutboxReply = { delivered: false };
      return { outcome: { ok: true, reply }, next: current };
    }
    if (!(await this.#deliver(entity, current, request.deadline))) {
      return {
        outcome: fail(new UnavailableError(`the outbox message of ${entity} is not delivered yet; retry`)),
        next: current,
      };
    }
    await this.#dropNote(entity, current);
    const reply: FlushOutboxReply = { delivered: true };
    return { outcome: { ok: true, reply }, next: current };
  }

  /**
   * Delivers the entity's pending message; its note stands until the entity goes idle.
   * @returns false when delivery failed (the message stays pending; the reason is logged)
   */
  async #deliver(entity: EntityId, active: Active, deadline: number): Promise<boolean> {
    const pending = active.outbox;
    const outbox = this.#outbox;
    if (pending === undefined || outbox === undefined) return true;
    try {
      await outbox.deliver({ entity, seq: pending.seq, message: pending.message, deadline });
    } catch (error) {
      this.#log.warn({ err: error, entity, seq: pending.seq }, 'outbox message not delivered yet; it stays pending');
      return false;
    }
    active.outbox = undefined;
    return true;
  }

  /**
   * Clears an idle entity's standing note after the linger time, if the entity is still idle with
   * its messages delivered then (busy again, it lingers again when next idle).
   */
  #lingerNote(entity: EntityId, active: Active): void {
    if (active.notedAt === undefined || this.#outbox === undefined) return;
    const timer = setTimeout(() => {
      if (this.#cells.has(entity) || active.notedAt === undefined || active.outbox !== undefined) return;
      void this.#dropNote(entity, active);
    }, this.#outbox.noteLingerMs ?? DEFAULT_NOTE_LINGER_MS);
    timer.unref();
  }

  /**
   * Clears the entity's note, its messages being delivered. A note written meanwhile by the
   * entity's next change has a later seq or revision and stays (the ledger's clear compares both).
   */
  async #dropNote(entity: EntityId, active: Active): Promise<void> {
    active.notedAt = undefined;
    try {
      await this.#outbox?.ledger.clear(entity, active.seq);
    } catch (error) {
      // The note only makes the relay ask again; the receiver drops the repeat.
      this.#log.warn({ err: error, entity }, 'clearing an outbox note failed');
    }
  }

  /** Persists a decision's events, compacting when they ask for it, and replies. */
  async #commit(
    cell: Cell,
    kind: AnyEntityKind,
    current: Active,
    request: EntityRequest,
    decision: Committing,
    forceCompaction = false,
  ): Promise<Handled> {
    let next: Active;
    try {
      next = await this.#persist(cell, kind, current, request, decision);
    } catch (error) {
      // Fenced, or durability unknown: this copy of the entity can no longer be trusted.
      this.retire(cell);
      if (error instanceof JournalFencedError) {
        this.#metrics.fenced();
        this.#log.info({ entity: cell.entity }, 'append fenced: another node owns the entity; retired it');
      } else {
        this.#log.warn({ err: error, entity: cell.entity }, 'append failed; retired the entity');
      }
      return { outcome: fail(asRedoubtError(error)), next: undefined };
    }
    if (forceCompaction || compacts(kind, decision.events)) {
      try {
        await this.#compact(cell.entity, scopeOfEntity(kind, cell.entity), next);
      } catch (error) {
        this.#log.error({ err: error, entity: cell.entity }, 'compaction failed: earlier history is still on disk');
        return { outcome: fail(new CompactionError(cell.entity, { cause: error })), next };
      }
    }
    // Committed, so durable in the record: the reply need not wait for the message to go out, nor
    // for a snapshot; only the entity's next message does (its messages arrive in order). A
    // compaction above saved a snapshot already, and counting started again from it.
    const snapshotDue = next.sinceSnapshot >= (kind.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY);
    if (decision.outbox !== undefined) outboxCommitted();
    if (decision.outbox === undefined && !snapshotDue) return { outcome: { ok: true, reply: decision.reply }, next };
    return {
      outcome: { ok: true, reply: decision.reply },
      next,
      afterReply: async () => {
        if (decision.outbox !== undefined) await this.#deliver(cell.entity, next, Date.now() + OUTBOX_DELIVERY_MS);
        if (snapshotDue) await this.#snapshot(cell.entity, scopeOfEntity(kind, cell.entity), next);
      },
    };
  }

  /** Seals the entity anew under its scope's current key: a marker record, then compaction. */
  async #reseal(cell: Cell, kind: AnyEntityKind, current: Active, request: EntityRequest): Promise<Handled> {
    if (current.seq === 0) {
      const reply: ResealReply = { resealed: false, keyVersion: 0, erased: 0 };
      return { outcome: { ok: true, reply }, next: current };
    }
    const committed = await this.#commit(
      cell,
      kind,
      current,
      request,
      { events: [RESEALED_EVENT], reply: null, state: current.state, outbox: undefined },
      true,
    );
    const next = committed.next;
    if (!committed.outcome.ok || next === undefined) return committed;
    const head = await this.#snapshots.load(cell.entity);
    const reply: ResealReply = {
      resealed: true,
      keyVersion: head === undefined ? 0 : sealedKeyVersion(head.sealed),
      erased: next.lastErased ?? 0,
    };
    return { outcome: { ok: true, reply }, next };
  }

  /**
   * Snapshots the entity and erases its journal before the snapshot, and older snapshot copies,
   * so that what earlier events held leaves the disks.
   */
  async #compact(entity: EntityId, scope: KeyScope, active: Active): Promise<void> {
    await this.#saveSnapshot(entity, scope, active);
    const erased = await this.#journal.eraseBefore(entity, active.position);
    await this.#snapshots.scrub(entity);
    active.lastErased = erased;
    this.#log.info({ entity, erased }, 'compacted: earlier history erased');
  }

  async #persist(
    cell: Cell,
    kind: AnyEntityKind,
    current: Active,
    request: EntityRequest,
    decision: Committing,
  ): Promise<Active> {
    const scope = scopeOfEntity(kind, cell.entity);
    // A keyring backed by the registry fetches the scope's current key here when it has none.
    const keysReady = this.#sealer.prepare(scope);
    if (keysReady !== undefined) await keysReady;
    const seq = current.seq + 1;
    const reply = JSON.stringify(decision.reply ?? null);
    const at = Date.now();
    const body = encodeRecordBody({
      requestId: request.requestId,
      events: decision.events,
      reply,
      at,
      caller: request.caller,
      ...(decision.outbox === undefined ? {} : { outbox: decision.outbox }),
    });
    // Noted alongside the append (a round trip less than one after the other): a crash after the
    // append leaves the note for the relay to find. A note whose append failed only makes the
    // relay ask an entity with nothing pending; a note that failed is written again below. A
    // note that stands already covers this change too.
    const noteDue =
      decision.outbox !== undefined &&
      (current.notedAt === undefined ||
        at - current.notedAt >= (this.#outbox!.noteRefreshMs ?? DEFAULT_NOTE_REFRESH_MS));
    const noted = noteDue
      ? this.#outbox!.ledger.note(cell.entity, seq, at).then(
          () => true,
          () => false,
        )
      : undefined;
    const sealed = this.#sealer.seal(scope, { purpose: 'event', entity: cell.entity, seq }, body);
    const started = performance.now();
    let position: JournalPosition;
    try {
      position = await this.#journal.append(cell.entity, current.position, {
        seq,
        count: decision.events.length,
        sealed,
      });
      this.#metrics.journalAppend((performance.now() - started) / 1000, true);
    } catch (error) {
      this.#metrics.journalAppend((performance.now() - started) / 1000, false);
      throw error;
    }
    let notedAt = current.notedAt;
    if (noted !== undefined) {
      const written =
        (await noted) ||
        (await this.#outbox!.ledger.note(cell.entity, seq, at).then(
          () => true,
          (error: unknown) => {
            // The message still goes out right after the reply; only a crash before then loses it.
            this.#log.error(
              { err: error, entity: cell.entity, seq },
              'outbox note not written: the relay cannot find it',
            );
            return false;
          },
        ));
      if (written) notedAt = at;
    }
    const next: Active = {
      state: decision.state,
      seq: seq + decision.events.length - 1,
      position,
      sinceSnapshot: current.sinceSnapshot + decision.events.length,
      recent: remember(current.recent, request.requestId, reply, this.#dedupWindow),
      outbox: decision.outbox === undefined ? current.outbox : { seq, message: decision.outbox },
      notedAt,
    };
    return next;
  }

  async #snapshot(entity: EntityId, scope: KeyScope, active: Active): Promise<void> {
    try {
      await this.#saveSnapshot(entity, scope, active);
    } catch (error) {
      // The journal is the truth; a missed snapshot only costs replay time later.
      this.#log.warn({ err: error, entity }, 'snapshot save failed');
    }
  }

  async #saveSnapshot(entity: EntityId, scope: KeyScope, active: Active): Promise<void> {
    const body = encodeSnapshotBody({
      state: active.state,
      recent: [...(active.recent ?? [])],
      ...(active.outbox === undefined ? {} : { outbox: active.outbox }),
    });
    const sealed = this.#sealer.seal(scope, { purpose: 'snapshot', entity, seq: active.seq }, body);
    await this.#snapshots.save(entity, { seq: active.seq, position: active.position, sealed });
    active.sinceSnapshot = 0;
  }

  #activationsOf(kind: AnyEntityKind): ConcurrencyLimit {
    let limit = this.#activations.get(kind.kind);
    if (limit === undefined) {
      limit = new ConcurrencyLimit(this.#activationsPerKind);
      this.#activations.set(kind.kind, limit);
    }
    return limit;
  }

  async #activate(kind: AnyEntityKind, entity: EntityId): Promise<Active> {
    const started = performance.now();
    const scope = scopeOfEntity(kind, entity);
    const { id } = splitEntityId(entity);
    const active: Active = { state: kind.initialState(id), seq: 0, position: 0, sinceSnapshot: 0, recent: undefined };
    const snapshot = await this.#snapshots.load(entity);
    if (snapshot !== undefined) {
      const body = decodeSnapshotBody(
        await this.#sealer.openPrepared(scope, { purpose: 'snapshot', entity, seq: snapshot.seq }, snapshot.sealed),
        `snapshot of ${entity} at seq ${snapshot.seq}`,
      );
      active.state = body.state;
      active.seq = snapshot.seq;
      active.position = snapshot.position;
      active.outbox = body.outbox;
      for (const [requestId, reply] of body.recent)
        active.recent = remember(active.recent, requestId, reply, this.#dedupWindow);
    }
    let replayed = 0;
    for await (const record of this.#journal.readAfter(entity, active.position)) {
      // The entity's org moved to another region: nothing of it is served here any more.
      const movedTo = movedRegionOf(record);
      if (movedTo !== undefined) throw new EntityMovedError(entity, movedTo);
      if (record.seq !== active.seq + 1) {
        throw new InternalError(`journal of ${entity} continues at seq ${record.seq} after ${active.seq}`);
      }
      const body = decodeRecordBody(
        await this.#sealer.openPrepared(scope, { purpose: 'event', entity, seq: record.seq }, record.sealed),
        `journal record ${record.seq} of ${entity}`,
      );
      if (body.events.length !== record.count) {
        throw new JournalCorruptError(
          `journal record ${record.seq} of ${entity} claims ${record.count} events but holds ${body.events.length}`,
        );
      }
      active.state = evolveAll(kind, active.state, body.events);
      // Delivered or not, nobody knows: delivered again before the next message (repeats are dropped).
      if (body.outbox !== undefined) active.outbox = { seq: record.seq, message: body.outbox };
      active.seq = record.seq + record.count - 1;
      active.position = record.position;
      active.sinceSnapshot += record.count;
      active.recent = remember(active.recent, body.requestId, body.reply, this.#dedupWindow);
      replayed++;
    }
    this.#metrics.activated(replayed, (performance.now() - started) / 1000);
    return active;
  }

  /** Stops an entity from acting; requests already queued for it are told to retry. */
  retire(cell: Cell): void {
    if (cell.retired) return;
    cell.retired = true;
    if (this.#cells.get(cell.entity) === cell) this.#cells.delete(cell.entity);
    if (cell.inflight === 0) this.#stopCell(cell);
    else this.#draining.add(cell);
  }

  #stopCell(cell: Cell): void {
    clearTimeout(cell.idleTimer);
    this.#draining.delete(cell);
    stop(cell.ref);
  }

  /** Retires every entity of the shards for which `lost` is true (their shard moved away); see {@link evict}. */
  retireShards(lost: (shard: ShardId) => boolean, timeoutMs = 5000): Promise<number> {
    return this.evict((_entity, shard) => lost(shard), timeoutMs);
  }

  /**
   * Drops from memory every entity for which `doomed` is true (their keys were shredded, the vault
   * was sealed, or their shard moved away), and resolves once the ones with requests in flight
   * have answered them, or after `timeoutMs`. Their next command activates them from storage.
   * @returns how many entities were dropped
   */
  async evict(doomed: (entity: EntityId, shard: ShardId) => boolean, timeoutMs = 5000): Promise<number> {
    const cells = [...this.#cells.values()].filter((cell) => doomed(cell.entity, cell.shard));
    for (const cell of cells) this.retire(cell);
    let dropped = 0;
    queueMicrotask(() => this.#reportActive());
    for (const [entity, resident] of this.#resident) {
      if (doomed(entity, resident.shard)) {
        this.#resident.delete(entity);
        dropped++;
      }
    }
    const until = Date.now() + timeoutMs;
    while (cells.some((cell) => this.#draining.has(cell)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return cells.length + dropped;
  }

  /** Retires every entity and stops the actor system; idempotent. */
  async close(timeoutMs = 5000): Promise<void> {
    if (this.#closed) return;
    await this.retireShards(() => true, timeoutMs);
    this.#closed = true;
    clearInterval(this.#sweeper);
    stop(this.#system);
  }
}

/** What handling one message gives: the reply, the entity as it is now, and work before its next message. */
interface Handled {
  readonly outcome: Outcome;
  readonly next: Active | undefined;
  readonly afterReply?: () => Promise<void>;
}

/** A decision about to be persisted: its events, the state they lead to, its reply and outbox message. */
interface Committing {
  readonly events: readonly unknown[];
  readonly reply: unknown;
  readonly state: unknown;
  readonly outbox: OutboxMessage | undefined;
}

/** What the kind's `decide` sees of a request to an entity in memory. */
function contextOf(request: EntityRequest, active: Active): EntityContext {
  return {
    entity: request.entity,
    id: splitEntityId(request.entity).id,
    caller: request.caller,
    now: Date.now(),
    nextSeq: active.seq + 1,
    random: randomBytes,
  };
}

/** Folds events into a state, skipping the runtime's own. */
function evolveAll(kind: AnyEntityKind, state: unknown, events: readonly unknown[]): unknown {
  let next = state;
  for (const event of events) if (!isRuntimeEvent(event)) next = kind.evolve(next, event);
  return next;
}

function fail(error: RedoubtError): Outcome {
  return { ok: false, error };
}

function asRedoubtError(error: unknown): RedoubtError {
  if (error instanceof RedoubtError) return error;
  return new InternalError('entity failed while handling the command', { cause: error });
}

/** Adds a request id to the window, dropping the oldest beyond its size. */
function remember(
  recent: Map<string, string> | undefined,
  requestId: string,
  reply: string,
  window: number,
): Map<string, string> {
  recent ??= new Map();
  recent.set(requestId, reply);
  while (recent.size > window) {
    const oldest = recent.keys().next().value as string;
    recent.delete(oldest);
  }
  return recent;
}

/** The key scope of an entity's data, as its kind declares it. */
function scopeOfEntity(kind: AnyEntityKind, entity: EntityId): KeyScope {
  return keyScopeOf(kind, splitEntityId(entity).id);
}

/** Whether these events ask for the entity's earlier history to be erased. */
function compacts(kind: AnyEntityKind, events: readonly unknown[]): boolean {
  const types = kind.compactAfter;
  return types !== undefined && events.some((event) => types.includes((event as { type?: string }).type ?? ''));
}
