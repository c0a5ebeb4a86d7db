/** The CA's state and its fold. */
import { CLOCK_SKEW_MS, MAX_CERT_LIFETIME_MS } from './protocol.js';
import type { CaEvent } from './protocol.js';

export interface CaKey {
  readonly generation: number;
  /** base64 of the P-256 secret key. */
  readonly key: string;
  /** PEM. */
  readonly certificate: string;
  readonly notAfter: number;
  readonly createdAt: number;
}

/** A rotated CA certificate, trusted until the last certificate it signed has expired. */
export interface RetiredCa {
  readonly generation: number;
  readonly certificate: string;
  readonly trustedUntil: number;
}

export interface CaState {
  readonly current: CaKey | undefined;
  readonly retired: readonly RetiredCa[];
  /** How many certificates were issued, by every generation. */
  readonly issued: number;
}

export function initialCa(): CaState {
  return { current: undefined, retired: [], issued: 0 };
}

export function evolveCa(state: CaState, event: CaEvent): CaState {
  switch (event.type) {
    case 'caCreated':
    case 'caRotated': {
      const { generation, key, certificate, notAfter, at } = event;
      const retired = state.retired.filter((ca) => ca.trustedUntil > at);
      if (state.current !== undefined) {
        // The old key is dropped here; compaction (compactAfter) erases the events that held it.
        retired.push({
          generation: state.current.generation,
          certificate: state.current.certificate,
          trustedUntil: at + MAX_CERT_LIFETIME_MS + CLOCK_SKEW_MS,
        });
      }
      return { ...state, current: { generation, key, certificate, notAfter, createdAt: at }, retired };
    }
    case 'certificateIssued':
      return { ...state, issued: state.issued + 1 };
  }
}
