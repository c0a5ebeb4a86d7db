/** The state of an issue and its fold. */
import type { IssueEvent, IssueState } from './protocol.js';

export type { IssueState } from './protocol.js';

/** An issue that has not been created yet. */
export function initialIssue(): IssueState {
  return {
    created: false,
    title: '',
    body: '',
    column: '',
    createdBy: '',
    createdAt: 0,
    assignees: [],
    labels: [],
    comments: [],
    auditLinks: [],
  };
}

/** Folds one event into an issue's state. */
export function evolveIssue(state: IssueState, event: IssueEvent): IssueState {
  switch (event.type) {
    case 'created':
      return {
        ...state,
        created: true,
        title: event.title,
        body: event.body,
        column: event.column,
        createdBy: event.createdBy,
        createdAt: event.at,
      };
    case 'moved':
      return { ...state, column: event.column };
    case 'assigned':
      return { ...state, assignees: event.accountIds };
    case 'labelled':
      return { ...state, labels: event.labels };
    case 'commented':
      return { ...state, comments: [...state.comments, event.comment] };
    case 'linked':
      return { ...state, auditLinks: [...state.auditLinks, event.auditSeq] };
  }
}
