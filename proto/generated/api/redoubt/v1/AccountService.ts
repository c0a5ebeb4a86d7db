// Original file: redoubt/v1/account.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Account as _redoubt_v1_Account, Account__Output as _redoubt_v1_Account__Output } from '../../redoubt/v1/Account.js';
import type { GetMeRequest as _redoubt_v1_GetMeRequest, GetMeRequest__Output as _redoubt_v1_GetMeRequest__Output } from '../../redoubt/v1/GetMeRequest.js';
import type { ListSecurityEventsRequest as _redoubt_v1_ListSecurityEventsRequest, ListSecurityEventsRequest__Output as _redoubt_v1_ListSecurityEventsRequest__Output } from '../../redoubt/v1/ListSecurityEventsRequest.js';
import type { SecurityEvents as _redoubt_v1_SecurityEvents, SecurityEvents__Output as _redoubt_v1_SecurityEvents__Output } from '../../redoubt/v1/SecurityEvents.js';
import type { UpdateProfileRequest as _redoubt_v1_UpdateProfileRequest, UpdateProfileRequest__Output as _redoubt_v1_UpdateProfileRequest__Output } from '../../redoubt/v1/UpdateProfileRequest.js';

export interface AccountServiceClient extends grpc.Client {
  /**
   * The caller's account: profile, email, memberships.
   */
  GetMe(argument: _redoubt_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _redoubt_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _redoubt_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _redoubt_v1_GetMeRequest, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's account: profile, email, memberships.
   */
  getMe(argument: _redoubt_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  getMe(argument: _redoubt_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  getMe(argument: _redoubt_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  getMe(argument: _redoubt_v1_GetMeRequest, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's security log, newest first: logins and failed logins, step-ups, revoked
   * sessions, password changes, second factors enrolled, used, failed, locked or removed.
   */
  ListSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  ListSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  ListSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  ListSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's security log, newest first: logins and failed logins, step-ups, revoked
   * sessions, password changes, second factors enrolled, used, failed, locked or removed.
   */
  listSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  listSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  listSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  listSecurityEvents(argument: _redoubt_v1_ListSecurityEventsRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityEvents__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the caller's display name.
   */
  UpdateProfile(argument: _redoubt_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _redoubt_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _redoubt_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _redoubt_v1_UpdateProfileRequest, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the caller's display name.
   */
  updateProfile(argument: _redoubt_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _redoubt_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _redoubt_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _redoubt_v1_UpdateProfileRequest, callback: grpc.requestCallback<_redoubt_v1_Account__Output>): grpc.ClientUnaryCall;
  
}

export interface AccountServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The caller's account: profile, email, memberships.
   */
  GetMe: grpc.handleUnaryCall<_redoubt_v1_GetMeRequest__Output, _redoubt_v1_Account>;
  
  /**
   * The caller's security log, newest first: logins and failed logins, step-ups, revoked
   * sessions, password changes, second factors enrolled, used, failed, locked or removed.
   */
  ListSecurityEvents: grpc.handleUnaryCall<_redoubt_v1_ListSecurityEventsRequest__Output, _redoubt_v1_SecurityEvents>;
  
  /**
   * Changes the caller's display name.
   */
  UpdateProfile: grpc.handleUnaryCall<_redoubt_v1_UpdateProfileRequest__Output, _redoubt_v1_Account>;
  
}

export interface AccountServiceDefinition extends grpc.ServiceDefinition {
  GetMe: MethodDefinition<_redoubt_v1_GetMeRequest, _redoubt_v1_Account, _redoubt_v1_GetMeRequest__Output, _redoubt_v1_Account__Output>
  ListSecurityEvents: MethodDefinition<_redoubt_v1_ListSecurityEventsRequest, _redoubt_v1_SecurityEvents, _redoubt_v1_ListSecurityEventsRequest__Output, _redoubt_v1_SecurityEvents__Output>
  UpdateProfile: MethodDefinition<_redoubt_v1_UpdateProfileRequest, _redoubt_v1_Account, _redoubt_v1_UpdateProfileRequest__Output, _redoubt_v1_Account__Output>
}
