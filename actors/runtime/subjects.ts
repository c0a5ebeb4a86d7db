/** NATS subjects of the runtime. */
import { RedoubtError } from '../errors.js';
import { describeFormat, Format, isRegion } from '../vocabulary.js';

const NODE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for a node id: 1 to 64 of `[A-Za-z0-9_-]`. */
export function isNodeId(text: string): boolean {
  return NODE_ID.test(text);
}

/** @throws RedoubtError (`INVALID_CONFIG`) for a node id outside `[A-Za-z0-9_-]{1,64}` */
export function assertNodeId(nodeId: string): void {
  if (!isNodeId(nodeId)) {
    throw new RedoubtError('INVALID_CONFIG', `invalid node id "${nodeId}": 1 to 64 of [A-Za-z0-9_-]`);
  }
}

/** @throws RedoubtError (`INVALID_CONFIG`) for a region that is not a region name (see vocabulary.ts) */
export function assertRegion(region: string): void {
  if (!isRegion(region)) {
    throw new RedoubtError('INVALID_CONFIG', `invalid region "${region}": ${describeFormat(Format.region)}`);
  }
}

/** Where a node takes requests for the entities it hosts. */
export function nodeSubject(region: string, nodeId: string): string {
  return `rdt.${region}.node.${nodeId}`;
}
