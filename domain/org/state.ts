/** The state of an org and its fold. */
import type { ProjectPolicy } from '../project/index.js';
import type { OrgEvent, OrgMember } from './protocol.js';
import { DEFAULT_PROJECT_POLICY } from './protocol.js';

/** What an org knows: its name, region, members, projects and project defaults. */
export interface OrgState {
  readonly created: boolean;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
  readonly members: Readonly<Record<string, OrgMember>>;
  /** The org's projects by id: their names and when they were made. */
  readonly projects: Readonly<Record<string, { readonly name: string; readonly createdAt: number }>>;
  /** The policy new projects start with. */
  readonly projectDefaults: ProjectPolicy;
}

/** An org that has not been created yet. */
export function initialOrg(): OrgState {
  return {
    created: false,
    name: '',
    homeRegion: '',
    createdAt: 0,
    members: {},
    projects: {},
    projectDefaults: DEFAULT_PROJECT_POLICY,
  };
}

/** Folds one event into an org's state. */
export function evolveOrg(state: OrgState, event: OrgEvent): OrgState {
  switch (event.type) {
    case 'created':
      return {
        created: true,
        name: event.name,
        homeRegion: event.homeRegion,
        createdAt: event.at,
        members: { [event.adminAccountId]: { role: 'admin', since: event.at } },
        projects: {},
        projectDefaults: DEFAULT_PROJECT_POLICY,
      };
    case 'memberSet':
      return {
        ...state,
        members: {
          ...state.members,
          [event.accountId]: { role: event.role, since: state.members[event.accountId]?.since ?? event.at },
        },
      };
    case 'memberRemoved':
      return {
        ...state,
        members: Object.fromEntries(Object.entries(state.members).filter(([id]) => id !== event.accountId)),
      };
    case 'renamed':
      return { ...state, name: event.name };
    case 'projectAdded':
      return {
        ...state,
        projects: { ...state.projects, [event.projectId]: { name: event.name, createdAt: event.at } },
      };
    case 'configured':
      return { ...state, projectDefaults: event.projectDefaults };
  }
}
