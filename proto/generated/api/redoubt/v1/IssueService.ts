// Original file: redoubt/v1/issue.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AssignIssueRequest as _redoubt_v1_AssignIssueRequest, AssignIssueRequest__Output as _redoubt_v1_AssignIssueRequest__Output } from '../../redoubt/v1/AssignIssueRequest.js';
import type { CommentIssueRequest as _redoubt_v1_CommentIssueRequest, CommentIssueRequest__Output as _redoubt_v1_CommentIssueRequest__Output } from '../../redoubt/v1/CommentIssueRequest.js';
import type { CreateIssueRequest as _redoubt_v1_CreateIssueRequest, CreateIssueRequest__Output as _redoubt_v1_CreateIssueRequest__Output } from '../../redoubt/v1/CreateIssueRequest.js';
import type { ExportIssuesRequest as _redoubt_v1_ExportIssuesRequest, ExportIssuesRequest__Output as _redoubt_v1_ExportIssuesRequest__Output } from '../../redoubt/v1/ExportIssuesRequest.js';
import type { ExportIssuesResponse as _redoubt_v1_ExportIssuesResponse, ExportIssuesResponse__Output as _redoubt_v1_ExportIssuesResponse__Output } from '../../redoubt/v1/ExportIssuesResponse.js';
import type { Issue as _redoubt_v1_Issue, Issue__Output as _redoubt_v1_Issue__Output } from '../../redoubt/v1/Issue.js';
import type { IssueRef as _redoubt_v1_IssueRef, IssueRef__Output as _redoubt_v1_IssueRef__Output } from '../../redoubt/v1/IssueRef.js';
import type { LabelIssueRequest as _redoubt_v1_LabelIssueRequest, LabelIssueRequest__Output as _redoubt_v1_LabelIssueRequest__Output } from '../../redoubt/v1/LabelIssueRequest.js';
import type { LinkAuditRecordRequest as _redoubt_v1_LinkAuditRecordRequest, LinkAuditRecordRequest__Output as _redoubt_v1_LinkAuditRecordRequest__Output } from '../../redoubt/v1/LinkAuditRecordRequest.js';
import type { ListIssuesRequest as _redoubt_v1_ListIssuesRequest, ListIssuesRequest__Output as _redoubt_v1_ListIssuesRequest__Output } from '../../redoubt/v1/ListIssuesRequest.js';
import type { ListIssuesResponse as _redoubt_v1_ListIssuesResponse, ListIssuesResponse__Output as _redoubt_v1_ListIssuesResponse__Output } from '../../redoubt/v1/ListIssuesResponse.js';
import type { MoveIssueRequest as _redoubt_v1_MoveIssueRequest, MoveIssueRequest__Output as _redoubt_v1_MoveIssueRequest__Output } from '../../redoubt/v1/MoveIssueRequest.js';

export interface IssueServiceClient extends grpc.Client {
  /**
   * Sets who works on an issue.
   */
  AssignIssue(argument: _redoubt_v1_AssignIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  AssignIssue(argument: _redoubt_v1_AssignIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  AssignIssue(argument: _redoubt_v1_AssignIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  AssignIssue(argument: _redoubt_v1_AssignIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Sets who works on an issue.
   */
  assignIssue(argument: _redoubt_v1_AssignIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  assignIssue(argument: _redoubt_v1_AssignIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  assignIssue(argument: _redoubt_v1_AssignIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  assignIssue(argument: _redoubt_v1_AssignIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a comment.
   */
  CommentIssue(argument: _redoubt_v1_CommentIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CommentIssue(argument: _redoubt_v1_CommentIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CommentIssue(argument: _redoubt_v1_CommentIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CommentIssue(argument: _redoubt_v1_CommentIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a comment.
   */
  commentIssue(argument: _redoubt_v1_CommentIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  commentIssue(argument: _redoubt_v1_CommentIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  commentIssue(argument: _redoubt_v1_CommentIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  commentIssue(argument: _redoubt_v1_CommentIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * Opens an issue on the project's board (in its first column unless one is given).
   */
  CreateIssue(argument: _redoubt_v1_CreateIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CreateIssue(argument: _redoubt_v1_CreateIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CreateIssue(argument: _redoubt_v1_CreateIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  CreateIssue(argument: _redoubt_v1_CreateIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Opens an issue on the project's board (in its first column unless one is given).
   */
  createIssue(argument: _redoubt_v1_CreateIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  createIssue(argument: _redoubt_v1_CreateIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  createIssue(argument: _redoubt_v1_CreateIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  createIssue(argument: _redoubt_v1_CreateIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every issue of the project with its comments; externals only where the project's policy allows.
   */
  ExportIssues(argument: _redoubt_v1_ExportIssuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  ExportIssues(argument: _redoubt_v1_ExportIssuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  ExportIssues(argument: _redoubt_v1_ExportIssuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  ExportIssues(argument: _redoubt_v1_ExportIssuesRequest, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every issue of the project with its comments; externals only where the project's policy allows.
   */
  exportIssues(argument: _redoubt_v1_ExportIssuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  exportIssues(argument: _redoubt_v1_ExportIssuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  exportIssues(argument: _redoubt_v1_ExportIssuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  exportIssues(argument: _redoubt_v1_ExportIssuesRequest, callback: grpc.requestCallback<_redoubt_v1_ExportIssuesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One issue with its comments.
   */
  GetIssue(argument: _redoubt_v1_IssueRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  GetIssue(argument: _redoubt_v1_IssueRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  GetIssue(argument: _redoubt_v1_IssueRef, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  GetIssue(argument: _redoubt_v1_IssueRef, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * One issue with its comments.
   */
  getIssue(argument: _redoubt_v1_IssueRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  getIssue(argument: _redoubt_v1_IssueRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  getIssue(argument: _redoubt_v1_IssueRef, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  getIssue(argument: _redoubt_v1_IssueRef, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets an issue's labels.
   */
  LabelIssue(argument: _redoubt_v1_LabelIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LabelIssue(argument: _redoubt_v1_LabelIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LabelIssue(argument: _redoubt_v1_LabelIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LabelIssue(argument: _redoubt_v1_LabelIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Sets an issue's labels.
   */
  labelIssue(argument: _redoubt_v1_LabelIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  labelIssue(argument: _redoubt_v1_LabelIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  labelIssue(argument: _redoubt_v1_LabelIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  labelIssue(argument: _redoubt_v1_LabelIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * Links an audit record of the org to the issue (a change it served).
   */
  LinkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LinkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LinkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  LinkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Links an audit record of the org to the issue (a change it served).
   */
  linkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  linkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  linkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  linkAuditRecord(argument: _redoubt_v1_LinkAuditRecordRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
  /**
   * The board: every issue's number, title and column.
   */
  ListIssues(argument: _redoubt_v1_ListIssuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  ListIssues(argument: _redoubt_v1_ListIssuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  ListIssues(argument: _redoubt_v1_ListIssuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  ListIssues(argument: _redoubt_v1_ListIssuesRequest, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The board: every issue's number, title and column.
   */
  listIssues(argument: _redoubt_v1_ListIssuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  listIssues(argument: _redoubt_v1_ListIssuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  listIssues(argument: _redoubt_v1_ListIssuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  listIssues(argument: _redoubt_v1_ListIssuesRequest, callback: grpc.requestCallback<_redoubt_v1_ListIssuesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Moves a card to another column.
   */
  MoveIssue(argument: _redoubt_v1_MoveIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  MoveIssue(argument: _redoubt_v1_MoveIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  MoveIssue(argument: _redoubt_v1_MoveIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  MoveIssue(argument: _redoubt_v1_MoveIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  /**
   * Moves a card to another column.
   */
  moveIssue(argument: _redoubt_v1_MoveIssueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  moveIssue(argument: _redoubt_v1_MoveIssueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  moveIssue(argument: _redoubt_v1_MoveIssueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  moveIssue(argument: _redoubt_v1_MoveIssueRequest, callback: grpc.requestCallback<_redoubt_v1_Issue__Output>): grpc.ClientUnaryCall;
  
}

export interface IssueServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Sets who works on an issue.
   */
  AssignIssue: grpc.handleUnaryCall<_redoubt_v1_AssignIssueRequest__Output, _redoubt_v1_Issue>;
  
  /**
   * Adds a comment.
   */
  CommentIssue: grpc.handleUnaryCall<_redoubt_v1_CommentIssueRequest__Output, _redoubt_v1_Issue>;
  
  /**
   * Opens an issue on the project's board (in its first column unless one is given).
   */
  CreateIssue: grpc.handleUnaryCall<_redoubt_v1_CreateIssueRequest__Output, _redoubt_v1_Issue>;
  
  /**
   * Every issue of the project with its comments; externals only where the project's policy allows.
   */
  ExportIssues: grpc.handleUnaryCall<_redoubt_v1_ExportIssuesRequest__Output, _redoubt_v1_ExportIssuesResponse>;
  
  /**
   * One issue with its comments.
   */
  GetIssue: grpc.handleUnaryCall<_redoubt_v1_IssueRef__Output, _redoubt_v1_Issue>;
  
  /**
   * Sets an issue's labels.
   */
  LabelIssue: grpc.handleUnaryCall<_redoubt_v1_LabelIssueRequest__Output, _redoubt_v1_Issue>;
  
  /**
   * Links an audit record of the org to the issue (a change it served).
   */
  LinkAuditRecord: grpc.handleUnaryCall<_redoubt_v1_LinkAuditRecordRequest__Output, _redoubt_v1_Issue>;
  
  /**
   * The board: every issue's number, title and column.
   */
  ListIssues: grpc.handleUnaryCall<_redoubt_v1_ListIssuesRequest__Output, _redoubt_v1_ListIssuesResponse>;
  
  /**
   * Moves a card to another column.
   */
  MoveIssue: grpc.handleUnaryCall<_redoubt_v1_MoveIssueRequest__Output, _redoubt_v1_Issue>;
  
}

export interface IssueServiceDefinition extends grpc.ServiceDefinition {
  AssignIssue: MethodDefinition<_redoubt_v1_AssignIssueRequest, _redoubt_v1_Issue, _redoubt_v1_AssignIssueRequest__Output, _redoubt_v1_Issue__Output>
  CommentIssue: MethodDefinition<_redoubt_v1_CommentIssueRequest, _redoubt_v1_Issue, _redoubt_v1_CommentIssueRequest__Output, _redoubt_v1_Issue__Output>
  CreateIssue: MethodDefinition<_redoubt_v1_CreateIssueRequest, _redoubt_v1_Issue, _redoubt_v1_CreateIssueRequest__Output, _redoubt_v1_Issue__Output>
  ExportIssues: MethodDefinition<_redoubt_v1_ExportIssuesRequest, _redoubt_v1_ExportIssuesResponse, _redoubt_v1_ExportIssuesRequest__Output, _redoubt_v1_ExportIssuesResponse__Output>
  GetIssue: MethodDefinition<_redoubt_v1_IssueRef, _redoubt_v1_Issue, _redoubt_v1_IssueRef__Output, _redoubt_v1_Issue__Output>
  LabelIssue: MethodDefinition<_redoubt_v1_LabelIssueRequest, _redoubt_v1_Issue, _redoubt_v1_LabelIssueRequest__Output, _redoubt_v1_Issue__Output>
  LinkAuditRecord: MethodDefinition<_redoubt_v1_LinkAuditRecordRequest, _redoubt_v1_Issue, _redoubt_v1_LinkAuditRecordRequest__Output, _redoubt_v1_Issue__Output>
  ListIssues: MethodDefinition<_redoubt_v1_ListIssuesRequest, _redoubt_v1_ListIssuesResponse, _redoubt_v1_ListIssuesRequest__Output, _redoubt_v1_ListIssuesResponse__Output>
  MoveIssue: MethodDefinition<_redoubt_v1_MoveIssueRequest, _redoubt_v1_Issue, _redoubt_v1_MoveIssueRequest__Output, _redoubt_v1_Issue__Output>
}
