/**
 * Writes and reads an org's audit trail. Every change a service makes in an org is recorded
 * after it succeeds: who, through which session, the permission used, the entity, the digests
 * of the changed part before and after, and the issue it serves. Full pages move to page
 * entities; every `checkpointEvery` records the registry's audit signer signs the chain head.
 */
import { audit, auditPage, checkChain, GENESIS_HASH, PAGE_SIZE } from '../domain/index.js';
import type { EntityClient } from '../actors/index.js';
import type { AuditAppendReply, AuditEntry, AuditHead, AuditRecord, ChainProblem } from '../domain/index.js';
import { AUDIT_SIGNER_ID, auditSigner, verifyCheckpoint } from '../registry/index.js';
import type { AuditPublicKeys, AuditSignature } from '../registry/index.js';
import { askOptions } from './call-context.js';
import type { CallContext } from './call-context.js';

export type AuditChange = Pick<AuditEntry, 'action' | 'target' | 'before' | 'after'>;

export interface AuditVerification {
  readonly ok: boolean;
  readonly headSeq: number;
  readonly recordsChecked: number;
  readonly checkpointsChecked: number;
  readonly problems: readonly ChainProblem[];
}

export class AuditTrail {
  readonly #client: EntityClient;
  readonly #registry: EntityClient;
  readonly #checkpointEvery: number;

  /** @param checkpointEvery - @default 64 */
  constructor(client: EntityClient, registry: EntityClient, checkpointEvery = 64) {
    this.#client = client;
    this.#registry = registry;
    this.#checkpointEvery = checkpointEvery;
  }

  async record(orgId: string, change: AuditChange, context: CallContext): Promise<number> {
    const entry: AuditEntry = {
      ...change,
      accountId: context.caller?.accountId ?? '',
      sessionId: context.caller?.sessionId ?? '',
      issueId: context.issueId,
    };
    const options = askOptions(context, orgId);
    const reply = (await this.#client.ask(audit, orgId, { type: 'append', entry }, options)) as AuditAppendReply;
    // Checkpoint first: the head checks the hash against records it still holds.
    if (reply.seq % this.#checkpointEvery === 0) await this.checkpoint(orgId, reply.seq, reply.hash, context.deadline);
    for (const page of reply.pending) {
      await this.#client.ask(auditPage, `${orgId}/${page.page}`, { type: 'store', records: page.records }, options);
      await this.#client.ask(audit, orgId, { type: 'pageStored', page: page.page }, options);
    }
    return reply.seq;
  }

  /** Has the registry sign the chain at `seq` and stores the checkpoint in the head. */
  async checkpoint(orgId: string, seq: number, hash: string, deadline: number): Promise<void> {
    const signed = (await this.#registry.ask(
      auditSigner,
      AUDIT_SIGNER_ID,
      { type: 'sign', org: orgId, seq, hash },
      { deadline },
    )) as AuditSignature;
    await this.#client.ask(audit, orgId, { type: 'checkpoint', checkpoint: { seq, hash, ...signed } }, { deadline });
  }

  /**
   * The head and the records, oldest first (pages, then pages waiting to move, then the open
   * page). Stored pages wholly at or before `afterSeq` are not read (page n holds seqs
   * n×256+1 … (n+1)×256); verification reads them all.
   */
  async read(orgId: string, deadline: number, afterSeq = 0): Promise<{ head: AuditHead; records: AuditRecord[] }> {
    const head = (await this.#client.ask(audit, orgId, { type: 'read' }, { deadline })) as AuditHead;
    const records: AuditRecord[] = [];
    for (let page = Math.min(Math.floor(afterSeq / PAGE_SIZE), head.pages); page < head.pages; page++) {
      const stored = (await this.#client.ask(auditPage, `${orgId}/${page}`, { type: 'read' }, { deadline })) as {
        records: AuditRecord[];
      };
      records.push(...stored.records);
    }
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
