/** The state of a project and its fold. */
import type { IssueSummary, ProjectEvent, ProjectMember, ProjectPolicy } from './protocol.js';
import { DEFAULT_COLUMNS } from './protocol.js';

/** What a project knows: members, policy, board columns and its issues by number. */
export interface ProjectState {
  readonly created: boolean;
  readonly name: string;
  readonly createdAt: number;
  readonly members: Readonly<Record<string, ProjectMember>>;
  readonly policy: ProjectPolicy;
  readonly columns: readonly string[];
  readonly issues: Readonly<Record<string, IssueSummary>>;
}

/** A project that has not been created yet. */
export function initialProject(): ProjectState {
  return {
    created: false,
    name: '',
    createdAt: 0,
    members: {},
    policy: { externalsNeedSecondFactor: false, externalsMayExport: true },
    columns: [...DEFAULT_COLUMNS],
    issues: {},
  };
}

/** Folds one event into a project's state. */
export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'created':
      return {
        ...state,
        created: true,
        name: event.name,
        createdAt: event.at,
        columns: event.columns,
        policy: event.policy,
        members: { [event.adminAccountId]: { role: 'admin', external: false, since: event.at } },
      };
    case 'memberSet':
      return {
        ...state,
        members: {
          ...state.members,
          [event.accountId]: {
            role: event.role,
            external: event.external,
            since: state.members[event.accountId]?.since ?? event.at,
          },
        },
      };
    case 'memberRemoved':
      return {
        ...state,
        members: Object.fromEntries(Object.entries(state.members).filter(([id]) => id !== event.accountId)),
      };
    case 'policySet':
      return { ...state, policy: event.policy };
    case 'boardConfigured':
      return { ...state, columns: event.columns };
    case 'issueIndexed':
      return { ...state, issues: { ...state.issues, [event.issue.number]: event.issue } };
  }
}
