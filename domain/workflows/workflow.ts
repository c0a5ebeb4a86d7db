/**
 * One call's work across entities, made safe to retry. Every change a workflow makes is a step
 * whose request id derives from the call's idempotency key and the step's name, so a call retried
 * with the same key (after a timeout, a crash of the node doing it, a lost reply) replays each
 * step that already landed (the entity answers its first reply again) and carries on with the
 * rest: the retry completes the work, and nothing is done twice. Ids of new entities derive from
 * the key the same way. Reads take fresh ids: they are answered anew.
 */
import { createHash } from 'node:crypto';
import type { AnyEntityKind, Caller, CommandOf, EntityClient, ReplyOf } from '../../actors/index.js';
import { SYSTEM_CALLER } from '../../actors/index.js';

/** What a workflow knows of the call it serves. */
export interface WorkflowCall {
  /** Who calls, by which path; `orgId` is set per step. */
  readonly caller: Caller;
  /** Absolute deadline, ms since the epoch, of every step. */
  readonly deadline: number;
  /**
   * The call's idempotency key, scoped by whoever made it to its caller, method and request, so
   * that two different calls never share one (the gateway hashes them together).
   */
  readonly key: string;
}

/** The clients a workflow reaches entities with. */
export interface WorkflowClients {
  /** Data entities, each in its home region. */
  readonly data: EntityClient;
  /** The registry's entities. */
  readonly registry: EntityClient;
}

/** Options of one step. */
export interface StepOptions {
  /** The org the step acts in (recorded with its events). @default '' */
  readonly orgId?: string;
  /**
   * The step's name within the workflow; must differ between two changes of one entity with the
   * same command in one call.
   * @default `<kind>/<id>/<command type>`
   */
  readonly step?: string;
}

/**
 * Fault injection for crash tests: with `REDOUBT_FAULT_KILL_AFTER_STEPS=n` in its environment, a
 * process kills itself (SIGKILL, no cleanup) right after the n-th workflow step it ran has landed,
 * as a power cut between two steps would. Unset in every real deployment.
 */
const KILL_AFTER_STEPS = Number(process.env['REDOUBT_FAULT_KILL_AFTER_STEPS'] ?? 0);
let stepsLanded = 0;

async function landed<T>(step: Promise<T>): Promise<T> {
  const reply = await step;
  if (KILL_AFTER_STEPS > 0 && ++stepsLanded === KILL_AFTER_STEPS) process.kill(process.pid, 'SIGKILL');
  return reply;
}

export class Workflow {
  readonly #clients: WorkflowClients;
  readonly call: WorkflowCall;

  constructor(clients: WorkflowClients, call: WorkflowCall) {
    this.#clients = clients;
    this.call = call;
  }

  /** Changes a data entity as a step of the call (replayed, not applied again, on a retry). */
  change<K extends AnyEntityKind>(
    kind: K,
    id: string,
    command: CommandOf<K>,
    options: StepOptions = {},
  ): Promise<ReplyOf<K>> {
    const step = options.step ?? `${kind.kind}/${id}/${command.type}`;
    return landed(
      this.#clients.data.ask(kind, id, command, {
        deadline: this.call.deadline,
        caller: this.#caller(options.orgId),
        requestId: this.requestId(step),
      }),
    );
  }

  /** Reads a data entity (a fresh request: nothing to replay). */
  read<K extends AnyEntityKind>(kind: K, id: string, command: CommandOf<K>, orgId?: string): Promise<ReplyOf<K>> {
    return this.#clients.data.ask(kind, id, command, { deadline: this.call.deadline, caller: this.#caller(orgId) });
  }

  /** Changes a registry entity as a step of the call; the registry sees the node as its caller. */
  registryChange<K extends AnyEntityKind>(
    kind: K,
    id: string,
    command: CommandOf<K>,
    step?: string,
  ): Promise<ReplyOf<K>> {
    return landed(
      this.#clients.registry.ask(kind, id, command, {
        deadline: this.call.deadline,
        caller: SYSTEM_CALLER,
        requestId: this.requestId(step ?? `${kind.kind}/${id}/${command.type}`),
      }),
    );
  }

  /** Reads a registry entity. */
  registryRead<K extends AnyEntityKind>(kind: K, id: string, command: CommandOf<K>): Promise<ReplyOf<K>> {
    return this.#clients.registry.ask(kind, id, command, { deadline: this.call.deadline, caller: SYSTEM_CALLER });
  }

  /** The region a data entity lives in (its org's or account's home, say). */
  regionOf(kind: AnyEntityKind, id: string): Promise<string> {
    return this.#clients.data.regionOf(kind, id);
  }

  /**
   * The workflow of one part of the call that repeats the same steps for several subjects (a sync
   * applying each directory user): its steps and new ids are its own, still the same on a retry.
   */
  part(name: string): Workflow {
    return new Workflow(this.#clients, { ...this.call, key: `${this.call.key}\npart\n${name}` });
  }

  /** The request id of a step: the same for every retry of the call. */
  requestId(step: string): string {
    return `wf-${digest(`step\n${this.call.key}\n${step}`).slice(0, 43)}`;
  }

  /** An id for a new entity (`<prefix>_` and 22 base64url characters), the same for every retry. */
  newId(prefix: 'acc' | 'ses', step: string): string {
    return `${prefix}_${digest(`id\n${this.call.key}\n${step}`).slice(0, 22)}`;
  }

  #caller(orgId = ''): Caller {
    return { ...this.call.caller, orgId };
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
