/** The state of the org index and its fold. */
import type { IndexedOrg, OrgIndexEvent } from './protocol.js';

/** The indexed orgs by id. */
export interface OrgIndexState {
  readonly orgs: Readonly<Record<string, IndexedOrg>>;
}

/** An index with no org. */
export function initialOrgIndex(): OrgIndexState {
  return { orgs: {} };
}

/** Folds one event into the index. */
export function evolveOrgIndex(state: OrgIndexState, event: OrgIndexEvent): OrgIndexState {
  switch (event.type) {
    case 'added':
      return { orgs: { ...state.orgs, [event.org.orgId]: event.org } };
    case 'renamed': {
      const indexed = state.orgs[event.orgId];
      return indexed === undefined
        ? state
        : { orgs: { ...state.orgs, [event.orgId]: { ...indexed, name: event.name } } };
    }
  }
}
