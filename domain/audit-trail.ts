/**
 * Writes and reads an org's audit trail. Records come from the outbox of the org's entities: each
 * committed change of an audited kind carries its audit message (who, through which session, the
 * permission used, the entity, the digests of the changed part before and after, the issue it
 * serves) sealed in the same journal record, and the node that committed it delivers it here, at
 * least once; the head records each (entity, seq) once. Full pages move to page entities; every
 * `checkpointEvery` records the registry's audit signer signs the chain head.
 */
import { audit, checkChain, GENESIS_HASH, PAGE_SIZE, parseAuditMessage } from './audit/index.js';
import { auditPage } from './audit-page/index.js';
import { SYSTEM_CALLER } from '../actors/index.js';
import type { EntityClient, OutboxDelivery } from '../actors/index.js';
import type { AppendReply, AuditHead, AuditMessage, AuditRecord, ChainProblem } from './audit/index.js';
import { AUDIT_SIGNER_ID, auditSigner, verifyCheckpoint } from '../registry/index.js';
import type { AuditPublicKeys, AuditSignature } from '../registry/index.js';
import { Workflow } from './workflows/workflow.js';

export interface AuditVerification {
  readonly ok: boolean;
  readonly headSeq: number;
  readonly recordsChecked: number;
  readonly checkpointsChecked: number;
  readonly problems: readonly ChainProblem[];
}

/** How long the checkpoint and page moves of one record may take, once started. */
const FINISH_MS = 30_000;

export class AuditTrail {
  readonly #client: EntityClient;
  readonly #registry: EntityClient;
  readonly #checkpointEvery: number;
  /** Per org, the end of the checkpoint and page work under way in this process (see {@link record}). */
  readonly #finishing = new Map<string, Promise<void>>();

  /** @param checkpointEvery - @default 64 */
  constructor(client: EntityClient, registry: EntityClient, checkpointEvery = 64) {
    this.#client = client;
    this.#registry = registry;
    this.#checkpointEvery = checkpointEvery;
  }

  /**
   * Records an audit message from an entity's outbox, then stores the pages it filled and has the
   * chain signed when a checkpoint is due. Delivered again, it records nothing twice and finishes
   * what the first delivery left undone.
   * @returns the record's sequence number in the trail (the head's for a repeat)
   * @throws InvalidCommandError for a message that is not an audit message
   */
  async deliver(delivery: OutboxDelivery): Promise<number> {
    const { seq, finished } = await this.record(delivery);
    await finished;
    return seq;
  }

  /**
   * Like {@link deliver}, but resolves once the record is in the trail: the checkpoint and the
   * page moves it makes due (a registry signature, a page entity's append: tens of milliseconds)
   * run after, one org's at a time in this process, and `finished` tells how they went. A page
   * that fails to move is not lost: the head keeps it pending, and each later append names it
   * again. A checkpoint that fails is skipped; the next one is due `checkpointEvery` records on.
   * @param message - the delivery's message, if the caller parsed it already
   */
  async record(
    delivery: OutboxDelivery,
    message: AuditMessage = parseAuditMessage(delivery.message),
  ): Promise<{ seq: number; finished: Promise<void> }> {
    const { orgId, entry } = message;
    // One call per source record (and org, for a record told to several): a repeat replays each
    // step instead of applying it again.
    const key = `outbox\n${delivery.entity}\n${delivery.seq}${message.fanOut === true ? `\n${orgId}` : ''}`;
    const flowUntil = (deadline: number): Workflow =>
      new Workflow({ data: this.#client, registry: this.#registry }, { caller: SYSTEM_CALLER, deadline, key });
    const flow = flowUntil(delivery.deadline);
    const source = { entity: delivery.entity, seq: delivery.seq };
    const reply = (await flow.change(
      audit,
      orgId,
      { type: 'append', entry, source },
      { orgId, step: 'append' },
    )) as AppendReply;
    const checkpointDue = !reply.duplicate && reply.seq % this.#checkpointEvery === 0 && reply.checkpointed < reply.seq;
    if (!checkpointDue && reply.pending.length === 0) return { seq: reply.seq, finished: Promise.resolve() };
    const finish = async (): Promise<void> => {
      // Its own deadline: it may have waited for the org's work before it.
      const deadline = Date.now() + FINISH_MS;
      const flow = flowUntil(deadline);
      // Checkpoint first: the head checks the hash against records it still holds.
      if (checkpointDue) await this.checkpoint(orgId, reply.seq, reply.hash, deadline, flow.requestId('checkpoint'));
      for (const page of reply.pending) {
        const at = `page:${page.page}`;
        await flow.change(
          auditPage,
          `${orgId}/${page.page}`,
          { type: 'store', records: page.records },
          { orgId, step: at },
        );
        await flow.change(audit, orgId, { type: 'pageStored', page: page.page }, { orgId, step: `${at}:stored` });
      }
    };
    // After the org's work before, failed or not, so a page never moves before its checkpoint.
    const finished = (this.#finishing.get(orgId) ?? Promise.resolve()).then(finish, finish);
    const settled = finished.catch(() => undefined);
    this.#finishing.set(orgId, settled);
    void settled.then(() => {
      if (this.#finishing.get(orgId) === settled) this.#finishing.delete(orgId);
    });
    return { seq: reply.seq, finished };
  }

  /** Has the registry sign the chain at `seq` and stores the checkpoint in the head. */
  async checkpoint(orgId: string, seq: number, hash: string, deadline: number, requestId?: string): Promise<void> {
    const signed = (await this.#registry.ask(
      auditSigner,
      AUDIT_SIGNER_ID,
      { type: 'sign', org: orgId, seq, hash },
      { deadline },
    )) as AuditSignature;
    await this.#client.ask(
      audit,
      orgId,
      { type: 'checkpoint', checkpoint: { seq, hash, ...signed } },
      { deadline, ...(requestId === undefined ? {} : { requestId }) },
    );
  }

  /**
   * The head and the records, oldest first (pages, then pages waiting to move, then the open
   * page). Stored pages wholly at or before `afterSeq` are not read (page n holds seqs
   * n×256+1 … (n+1)×256), nor those after the page that completes `limit` records after it: a
   * listing costs what it returns, not the length of the history. Verification reads them all.
   */
  async read(
    orgId: string,
    deadline: number,
    afterSeq = 0,
    limit = Infinity,
  ): Promise<{ head: AuditHead; records: AuditRecord[] }> {
    const head = (await this.#client.ask(audit, orgId, { type: 'read' }, { deadline })) as AuditHead;
    const records: AuditRecord[] = [];
    const enough = (): boolean => records.length > 0 && records.at(-1)!.seq - afterSeq >= limit;
    for (let page = Math.min(Math.floor(afterSeq / PAGE_SIZE), head.pages); page < head.pages && !enough(); page++) {
      const stored = (await this.#client.ask(auditPage, `${orgId}/${page}`, { type: 'read' }, { deadline })) as {
        records: AuditRecord[];
      };
      records.push(...stored.records);
    }
    if (enough()) return { head, records };
    for (const page of head.pending) records.push(...page.records);
    records.push(...head.open);
    return { head, records };
  }

  async verify(orgId: string, deadline: number): Promise<AuditVerification> {
    const { head, records } = await this.read(orgId, deadline);
    const problems = checkChain(records, GENESIS_HASH);
    const last = records.at(-1);
    if ((last?.seq ?? 0) !== head.seq || (last?.hash ?? GENESIS_HASH) !== head.head) {
      problems.push({
        seq: head.seq,
        kind: 'TRUNCATED',
        detail: `the head names seq ${head.seq}, the records end at ${last?.seq ?? 0} or differ from it`,
      });
    }
    const keys = (await this.#registry.ask(
      auditSigner,
      AUDIT_SIGNER_ID,
      { type: 'publicKeys' },
      { deadline },
    )) as AuditPublicKeys;
    const bySeq = new Map(records.map((record) => [record.seq, record]));
    for (const checkpoint of head.checkpoints) {
      if (!verifyCheckpoint(keys, orgId, checkpoint)) {
        problems.push({
          seq: checkpoint.seq,
          kind: 'BAD_CHECKPOINT',
          detail: 'the checkpoint signature does not verify',
        });
      } else if (bySeq.get(checkpoint.seq)?.hash !== checkpoint.hash) {
        problems.push({
          seq: checkpoint.seq,
          kind: 'CHECKPOINT_MISMATCH',
          detail: 'the signed checkpoint names another hash: records up to here were rewritten',
        });
      }
    }
    problems.sort((a, b) => a.seq - b.seq);
    return {
      ok: problems.length === 0,
      headSeq: head.seq,
      recordsChecked: records.length,
      checkpointsChecked: head.checkpoints.length,
      problems,
    };
  }
}
