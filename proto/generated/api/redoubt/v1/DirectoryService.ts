// Original file: redoubt/v1/directory.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangeDirectoryPasswordRequest as _redoubt_v1_ChangeDirectoryPasswordRequest, ChangeDirectoryPasswordRequest__Output as _redoubt_v1_ChangeDirectoryPasswordRequest__Output } from '../../redoubt/v1/ChangeDirectoryPasswordRequest.js';
import type { ChangeDirectoryPasswordResponse as _redoubt_v1_ChangeDirectoryPasswordResponse, ChangeDirectoryPasswordResponse__Output as _redoubt_v1_ChangeDirectoryPasswordResponse__Output } from '../../redoubt/v1/ChangeDirectoryPasswordResponse.js';
import type { Directory as _redoubt_v1_Directory, Directory__Output as _redoubt_v1_Directory__Output } from '../../redoubt/v1/Directory.js';
import type { GetDirectoryRequest as _redoubt_v1_GetDirectoryRequest, GetDirectoryRequest__Output as _redoubt_v1_GetDirectoryRequest__Output } from '../../redoubt/v1/GetDirectoryRequest.js';
import type { LoginWithDirectoryRequest as _redoubt_v1_LoginWithDirectoryRequest, LoginWithDirectoryRequest__Output as _redoubt_v1_LoginWithDirectoryRequest__Output } from '../../redoubt/v1/LoginWithDirectoryRequest.js';
import type { RemoveDirectoryRequest as _redoubt_v1_RemoveDirectoryRequest, RemoveDirectoryRequest__Output as _redoubt_v1_RemoveDirectoryRequest__Output } from '../../redoubt/v1/RemoveDirectoryRequest.js';
import type { RemoveDirectoryResponse as _redoubt_v1_RemoveDirectoryResponse, RemoveDirectoryResponse__Output as _redoubt_v1_RemoveDirectoryResponse__Output } from '../../redoubt/v1/RemoveDirectoryResponse.js';
import type { SetDirectoryRequest as _redoubt_v1_SetDirectoryRequest, SetDirectoryRequest__Output as _redoubt_v1_SetDirectoryRequest__Output } from '../../redoubt/v1/SetDirectoryRequest.js';
import type { SyncDirectoryRequest as _redoubt_v1_SyncDirectoryRequest, SyncDirectoryRequest__Output as _redoubt_v1_SyncDirectoryRequest__Output } from '../../redoubt/v1/SyncDirectoryRequest.js';
import type { SyncReport as _redoubt_v1_SyncReport, SyncReport__Output as _redoubt_v1_SyncReport__Output } from '../../redoubt/v1/SyncReport.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';

export interface DirectoryServiceClient extends grpc.Client {
  /**
   * Changes the caller's own directory password, in the directory (the org must allow write-back):
   * the current password is checked there first, and the directory's password policy applies.
   */
  ChangeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the caller's own directory password, in the directory (the org must allow write-back):
   * the current password is checked there first, and the directory's password policy applies.
   */
  changeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  changeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  changeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  changeDirectoryPassword(argument: _redoubt_v1_ChangeDirectoryPasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ChangeDirectoryPasswordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The org's directory, without its service account's password, and how its last sync went.
   */
  GetDirectory(argument: _redoubt_v1_GetDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  GetDirectory(argument: _redoubt_v1_GetDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  GetDirectory(argument: _redoubt_v1_GetDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  GetDirectory(argument: _redoubt_v1_GetDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  /**
   * The org's directory, without its service account's password, and how its last sync went.
   */
  getDirectory(argument: _redoubt_v1_GetDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  getDirectory(argument: _redoubt_v1_GetDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  getDirectory(argument: _redoubt_v1_GetDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  getDirectory(argument: _redoubt_v1_GetDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  
  /**
   * Signs in with the org's directory: the name people use there (uid, sAMAccountName, …) and
   * the directory password. The first sign-in makes the account.
   */
  LoginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  LoginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  LoginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  LoginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Signs in with the org's directory: the name people use there (uid, sAMAccountName, …) and
   * the directory password. The first sign-in makes the account.
   */
  loginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  loginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  loginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  loginWithDirectory(argument: _redoubt_v1_LoginWithDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops signing in through the directory. Accounts it made stay, deactivated by nothing.
   */
  RemoveDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  RemoveDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  RemoveDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  RemoveDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stops signing in through the directory. Accounts it made stay, deactivated by nothing.
   */
  removeDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  removeDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  removeDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  removeDirectory(argument: _redoubt_v1_RemoveDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveDirectoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets (or replaces) the org's directory. The service account must bind first: a directory that
   * cannot be reached or read is refused, saying why.
   */
  SetDirectory(argument: _redoubt_v1_SetDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  SetDirectory(argument: _redoubt_v1_SetDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  SetDirectory(argument: _redoubt_v1_SetDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  SetDirectory(argument: _redoubt_v1_SetDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  /**
   * Sets (or replaces) the org's directory. The service account must bind first: a directory that
   * cannot be reached or read is refused, saying why.
   */
  setDirectory(argument: _redoubt_v1_SetDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  setDirectory(argument: _redoubt_v1_SetDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  setDirectory(argument: _redoubt_v1_SetDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  setDirectory(argument: _redoubt_v1_SetDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_Directory__Output>): grpc.ClientUnaryCall;
  
  /**
   * Syncs now: users changed since the last sync are created or updated, users removed or
   * disabled in the directory are deactivated (and their sessions ended).
   */
  SyncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  SyncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  SyncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  SyncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  /**
   * Syncs now: users changed since the last sync are created or updated, users removed or
   * disabled in the directory are deactivated (and their sessions ended).
   */
  syncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  syncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  syncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  syncDirectory(argument: _redoubt_v1_SyncDirectoryRequest, callback: grpc.requestCallback<_redoubt_v1_SyncReport__Output>): grpc.ClientUnaryCall;
  
}

export interface DirectoryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Changes the caller's own directory password, in the directory (the org must allow write-back):
   * the current password is checked there first, and the directory's password policy applies.
   */
  ChangeDirectoryPassword: grpc.handleUnaryCall<_redoubt_v1_ChangeDirectoryPasswordRequest__Output, _redoubt_v1_ChangeDirectoryPasswordResponse>;
  
  /**
   * The org's directory, without its service account's password, and how its last sync went.
   */
  GetDirectory: grpc.handleUnaryCall<_redoubt_v1_GetDirectoryRequest__Output, _redoubt_v1_Directory>;
  
  /**
   * Signs in with the org's directory: the name people use there (uid, sAMAccountName, …) and
   * the directory password. The first sign-in makes the account.
   */
  LoginWithDirectory: grpc.handleUnaryCall<_redoubt_v1_LoginWithDirectoryRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Stops signing in through the directory. Accounts it made stay, deactivated by nothing.
   */
  RemoveDirectory: grpc.handleUnaryCall<_redoubt_v1_RemoveDirectoryRequest__Output, _redoubt_v1_RemoveDirectoryResponse>;
  
  /**
   * Sets (or replaces) the org's directory. The service account must bind first: a directory that
   * cannot be reached or read is refused, saying why.
   */
  SetDirectory: grpc.handleUnaryCall<_redoubt_v1_SetDirectoryRequest__Output, _redoubt_v1_Directory>;
  
  /**
   * Syncs now: users changed since the last sync are created or updated, users removed or
   * disabled in the directory are deactivated (and their sessions ended).
   */
  SyncDirectory: grpc.handleUnaryCall<_redoubt_v1_SyncDirectoryRequest__Output, _redoubt_v1_SyncReport>;
  
}

export interface DirectoryServiceDefinition extends grpc.ServiceDefinition {
  ChangeDirectoryPassword: MethodDefinition<_redoubt_v1_ChangeDirectoryPasswordRequest, _redoubt_v1_ChangeDirectoryPasswordResponse, _redoubt_v1_ChangeDirectoryPasswordRequest__Output, _redoubt_v1_ChangeDirectoryPasswordResponse__Output>
  GetDirectory: MethodDefinition<_redoubt_v1_GetDirectoryRequest, _redoubt_v1_Directory, _redoubt_v1_GetDirectoryRequest__Output, _redoubt_v1_Directory__Output>
  LoginWithDirectory: MethodDefinition<_redoubt_v1_LoginWithDirectoryRequest, _redoubt_v1_Tokens, _redoubt_v1_LoginWithDirectoryRequest__Output, _redoubt_v1_Tokens__Output>
  RemoveDirectory: MethodDefinition<_redoubt_v1_RemoveDirectoryRequest, _redoubt_v1_RemoveDirectoryResponse, _redoubt_v1_RemoveDirectoryRequest__Output, _redoubt_v1_RemoveDirectoryResponse__Output>
  SetDirectory: MethodDefinition<_redoubt_v1_SetDirectoryRequest, _redoubt_v1_Directory, _redoubt_v1_SetDirectoryRequest__Output, _redoubt_v1_Directory__Output>
  SyncDirectory: MethodDefinition<_redoubt_v1_SyncDirectoryRequest, _redoubt_v1_SyncReport, _redoubt_v1_SyncDirectoryRequest__Output, _redoubt_v1_SyncReport__Output>
}
