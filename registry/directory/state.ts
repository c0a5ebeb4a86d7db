/** The state of an `org-home/<org>` entity and its fold. */
import type { OrgHomeEvent } from './protocol.js';

/** Where an org lives, since when, and how often it moved. */
export interface OrgHomeState {
  /** '' until assigned. */
  readonly region: string;
  readonly since: number;
  readonly moves: number;
}

export function initialOrgHome(): OrgHomeState {
  return { region: '', since: 0, moves: 0 };
}

export function evolveOrgHome(state: OrgHomeState, event: OrgHomeEvent): OrgHomeState {
  switch (event.type) {
    case 'assigned':
      return { region: event.region, since: event.at, moves: 0 };
    case 'moved':
      return { region: event.region, since: event.at, moves: state.moves + 1 };
  }
}
