/**
 * Home-change announcements: after an org moved, the registry says so on NATS, so every gateway
 * drops the org's cached home at once (a gateway that misses it is sent on by the marker the
 * move leaves in the old region), and the old region's nodes drop what they still hold of it.
 * An announcement carries no authority: a forged one only makes gateways look the home up again
 * and nodes evict entities that are not theirs to serve any more anyway.
 */
import { isOrgId, isRegion } from '../../actors/index.js';
import type { Subscription, Transport } from '../../actors/index.js';

export const HOMES_CHANGED_SUBJECT = 'rdt.homes-changed';

export interface HomeChange {
  readonly org: string;
  readonly from: string;
  readonly to: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function announceHomeChanged(transport: Transport, change: HomeChange): void {
  transport.publish(HOMES_CHANGED_SUBJECT, encoder.encode(`${change.org} ${change.from} ${change.to}`));
}

/** Calls `handler` with each well-formed announcement; others are dropped. */
export function onHomeChanged(transport: Transport, handler: (change: HomeChange) => void): Subscription {
  return transport.subscribe(HOMES_CHANGED_SUBJECT, (data) => {
    if (data.length > 200) return;
    const [org = '', from = '', to = '', ...rest] = decoder.decode(data).split(' ');
    if (rest.length === 0 && isOrgId(org) && isRegion(from) && isRegion(to)) handler({ org, from, to });
  });
}
