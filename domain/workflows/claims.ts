/** Reading a claim index (an email address, an OpenID identity, a passkey: which account holds it). */
import { isNotFound } from '../../actors/index.js';
import type { EntityKind } from '../../actors/index.js';
import type { ClaimCommand, ClaimEvent, ClaimReply, ClaimState } from '../claim-index/index.js';
import type { Workflow } from './workflow.js';

/** The account that claimed `id` in `index`, or undefined when nobody did. */
export async function claimant(
  flow: Workflow,
  index: EntityKind<ClaimState, ClaimCommand, ClaimEvent, ClaimReply>,
  id: string,
): Promise<string | undefined> {
  try {
    return ((await flow.read(index, id, { type: 'lookup' })) as ClaimReply).accountId;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
