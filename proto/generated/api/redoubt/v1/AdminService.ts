// Original file: redoubt/v1/admin.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListOrgsRequest as _redoubt_v1_ListOrgsRequest, ListOrgsRequest__Output as _redoubt_v1_ListOrgsRequest__Output } from '../../redoubt/v1/ListOrgsRequest.js';
import type { ListOrgsResponse as _redoubt_v1_ListOrgsResponse, ListOrgsResponse__Output as _redoubt_v1_ListOrgsResponse__Output } from '../../redoubt/v1/ListOrgsResponse.js';
import type { LookupAccountRequest as _redoubt_v1_LookupAccountRequest, LookupAccountRequest__Output as _redoubt_v1_LookupAccountRequest__Output } from '../../redoubt/v1/LookupAccountRequest.js';
import type { LookupAccountResponse as _redoubt_v1_LookupAccountResponse, LookupAccountResponse__Output as _redoubt_v1_LookupAccountResponse__Output } from '../../redoubt/v1/LookupAccountResponse.js';

export interface AdminServiceClient extends grpc.Client {
  /**
   * Every org on the platform with its home region.
   */
  ListOrgs(argument: _redoubt_v1_ListOrgsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  ListOrgs(argument: _redoubt_v1_ListOrgsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  ListOrgs(argument: _redoubt_v1_ListOrgsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  ListOrgs(argument: _redoubt_v1_ListOrgsRequest, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every org on the platform with its home region.
   */
  listOrgs(argument: _redoubt_v1_ListOrgsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  listOrgs(argument: _redoubt_v1_ListOrgsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  listOrgs(argument: _redoubt_v1_ListOrgsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  listOrgs(argument: _redoubt_v1_ListOrgsRequest, callback: grpc.requestCallback<_redoubt_v1_ListOrgsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The account of an email address (for support and for adding people to orgs).
   */
  LookupAccount(argument: _redoubt_v1_LookupAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  LookupAccount(argument: _redoubt_v1_LookupAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  LookupAccount(argument: _redoubt_v1_LookupAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  LookupAccount(argument: _redoubt_v1_LookupAccountRequest, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The account of an email address (for support and for adding people to orgs).
   */
  lookupAccount(argument: _redoubt_v1_LookupAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  lookupAccount(argument: _redoubt_v1_LookupAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  lookupAccount(argument: _redoubt_v1_LookupAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  lookupAccount(argument: _redoubt_v1_LookupAccountRequest, callback: grpc.requestCallback<_redoubt_v1_LookupAccountResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AdminServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Every org on the platform with its home region.
   */
  ListOrgs: grpc.handleUnaryCall<_redoubt_v1_ListOrgsRequest__Output, _redoubt_v1_ListOrgsResponse>;
  
  /**
   * The account of an email address (for support and for adding people to orgs).
   */
  LookupAccount: grpc.handleUnaryCall<_redoubt_v1_LookupAccountRequest__Output, _redoubt_v1_LookupAccountResponse>;
  
}

export interface AdminServiceDefinition extends grpc.ServiceDefinition {
  ListOrgs: MethodDefinition<_redoubt_v1_ListOrgsRequest, _redoubt_v1_ListOrgsResponse, _redoubt_v1_ListOrgsRequest__Output, _redoubt_v1_ListOrgsResponse__Output>
  LookupAccount: MethodDefinition<_redoubt_v1_LookupAccountRequest, _redoubt_v1_LookupAccountResponse, _redoubt_v1_LookupAccountRequest__Output, _redoubt_v1_LookupAccountResponse__Output>
}
