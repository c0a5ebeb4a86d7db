// Original file: redoubt/v1/audit.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExportAuditRequest as _redoubt_v1_ExportAuditRequest, ExportAuditRequest__Output as _redoubt_v1_ExportAuditRequest__Output } from '../../redoubt/v1/ExportAuditRequest.js';
import type { ExportAuditResponse as _redoubt_v1_ExportAuditResponse, ExportAuditResponse__Output as _redoubt_v1_ExportAuditResponse__Output } from '../../redoubt/v1/ExportAuditResponse.js';
import type { ListAuditRequest as _redoubt_v1_ListAuditRequest, ListAuditRequest__Output as _redoubt_v1_ListAuditRequest__Output } from '../../redoubt/v1/ListAuditRequest.js';
import type { ListAuditResponse as _redoubt_v1_ListAuditResponse, ListAuditResponse__Output as _redoubt_v1_ListAuditResponse__Output } from '../../redoubt/v1/ListAuditResponse.js';
import type { VerifyAuditRequest as _redoubt_v1_VerifyAuditRequest, VerifyAuditRequest__Output as _redoubt_v1_VerifyAuditRequest__Output } from '../../redoubt/v1/VerifyAuditRequest.js';
import type { VerifyAuditResponse as _redoubt_v1_VerifyAuditResponse, VerifyAuditResponse__Output as _redoubt_v1_VerifyAuditResponse__Output } from '../../redoubt/v1/VerifyAuditResponse.js';

export interface AuditServiceClient extends grpc.Client {
  /**
   * Every record and checkpoint of an org, for keeping outside the platform.
   */
  Export(argument: _redoubt_v1_ExportAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  Export(argument: _redoubt_v1_ExportAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  Export(argument: _redoubt_v1_ExportAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  Export(argument: _redoubt_v1_ExportAuditRequest, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every record and checkpoint of an org, for keeping outside the platform.
   */
  export(argument: _redoubt_v1_ExportAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  export(argument: _redoubt_v1_ExportAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  export(argument: _redoubt_v1_ExportAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  export(argument: _redoubt_v1_ExportAuditRequest, callback: grpc.requestCallback<_redoubt_v1_ExportAuditResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records of an org, oldest first, after a sequence number.
   */
  List(argument: _redoubt_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _redoubt_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _redoubt_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _redoubt_v1_ListAuditRequest, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records of an org, oldest first, after a sequence number.
   */
  list(argument: _redoubt_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _redoubt_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _redoubt_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _redoubt_v1_ListAuditRequest, callback: grpc.requestCallback<_redoubt_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Checks the whole chain and its signed checkpoints; names every record that breaks it.
   */
  Verify(argument: _redoubt_v1_VerifyAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  Verify(argument: _redoubt_v1_VerifyAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  Verify(argument: _redoubt_v1_VerifyAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  Verify(argument: _redoubt_v1_VerifyAuditRequest, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Checks the whole chain and its signed checkpoints; names every record that breaks it.
   */
  verify(argument: _redoubt_v1_VerifyAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verify(argument: _redoubt_v1_VerifyAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verify(argument: _redoubt_v1_VerifyAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verify(argument: _redoubt_v1_VerifyAuditRequest, callback: grpc.requestCallback<_redoubt_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AuditServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Every record and checkpoint of an org, for keeping outside the platform.
   */
  Export: grpc.handleUnaryCall<_redoubt_v1_ExportAuditRequest__Output, _redoubt_v1_ExportAuditResponse>;
  
  /**
   * Records of an org, oldest first, after a sequence number.
   */
  List: grpc.handleUnaryCall<_redoubt_v1_ListAuditRequest__Output, _redoubt_v1_ListAuditResponse>;
  
  /**
   * Checks the whole chain and its signed checkpoints; names every record that breaks it.
   */
  Verify: grpc.handleUnaryCall<_redoubt_v1_VerifyAuditRequest__Output, _redoubt_v1_VerifyAuditResponse>;
  
}

export interface AuditServiceDefinition extends grpc.ServiceDefinition {
  Export: MethodDefinition<_redoubt_v1_ExportAuditRequest, _redoubt_v1_ExportAuditResponse, _redoubt_v1_ExportAuditRequest__Output, _redoubt_v1_ExportAuditResponse__Output>
  List: MethodDefinition<_redoubt_v1_ListAuditRequest, _redoubt_v1_ListAuditResponse, _redoubt_v1_ListAuditRequest__Output, _redoubt_v1_ListAuditResponse__Output>
  Verify: MethodDefinition<_redoubt_v1_VerifyAuditRequest, _redoubt_v1_VerifyAuditResponse, _redoubt_v1_VerifyAuditRequest__Output, _redoubt_v1_VerifyAuditResponse__Output>
}
