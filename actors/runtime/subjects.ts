/** NATS subjects of the runtime. */
import { RedoubtError } from '../errors.js';

const NODE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REGION = /^[a-z][a-z0-9-]{0,31}$/;

/** @throws RedoubtError (`INVALID_CONFIG`) for a node id outside `[A-Za-z0-9_-]{1,64}` */
export function assertNodeId(nodeId: string): void {
  if (!NODE_ID.test(nodeId)) {
    throw new RedoubtError('INVALID_CONFIG', `invalid node id "${nodeId}": 1 to 64 of [A-Za-z0-9_-]`);
  }
}

/** @throws RedoubtError (`INVALID_CONFIG`) for a region outside `[a-z][a-z0-9-]{0,31}` */
export function assertRegion(region: string): void {
  if (!REGION.test(region)) {
    throw new RedoubtError(
      'INVALID_CONFIG',
      `invalid region "${region}": lower-case letters, digits and '-', starting with a letter`,
    );
  }
}

/** Where a node takes requests for the entities it hosts. */
export function nodeSubject(region: string, nodeId: string): string {
  return `rdt.${region}.node.${nodeId}`;
}
