// Original file: redoubt/v1/oidc.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { FinishOidcLoginRequest as _redoubt_v1_FinishOidcLoginRequest, FinishOidcLoginRequest__Output as _redoubt_v1_FinishOidcLoginRequest__Output } from '../../redoubt/v1/FinishOidcLoginRequest.js';
import type { GetOidcProvidersRequest as _redoubt_v1_GetOidcProvidersRequest, GetOidcProvidersRequest__Output as _redoubt_v1_GetOidcProvidersRequest__Output } from '../../redoubt/v1/GetOidcProvidersRequest.js';
import type { ListSignInProvidersRequest as _redoubt_v1_ListSignInProvidersRequest, ListSignInProvidersRequest__Output as _redoubt_v1_ListSignInProvidersRequest__Output } from '../../redoubt/v1/ListSignInProvidersRequest.js';
import type { OidcLoginStart as _redoubt_v1_OidcLoginStart, OidcLoginStart__Output as _redoubt_v1_OidcLoginStart__Output } from '../../redoubt/v1/OidcLoginStart.js';
import type { OidcProvider as _redoubt_v1_OidcProvider, OidcProvider__Output as _redoubt_v1_OidcProvider__Output } from '../../redoubt/v1/OidcProvider.js';
import type { OidcProviders as _redoubt_v1_OidcProviders, OidcProviders__Output as _redoubt_v1_OidcProviders__Output } from '../../redoubt/v1/OidcProviders.js';
import type { RemoveOidcProviderRequest as _redoubt_v1_RemoveOidcProviderRequest, RemoveOidcProviderRequest__Output as _redoubt_v1_RemoveOidcProviderRequest__Output } from '../../redoubt/v1/RemoveOidcProviderRequest.js';
import type { RemoveOidcProviderResponse as _redoubt_v1_RemoveOidcProviderResponse, RemoveOidcProviderResponse__Output as _redoubt_v1_RemoveOidcProviderResponse__Output } from '../../redoubt/v1/RemoveOidcProviderResponse.js';
import type { SetOidcProviderRequest as _redoubt_v1_SetOidcProviderRequest, SetOidcProviderRequest__Output as _redoubt_v1_SetOidcProviderRequest__Output } from '../../redoubt/v1/SetOidcProviderRequest.js';
import type { SignInProviders as _redoubt_v1_SignInProviders, SignInProviders__Output as _redoubt_v1_SignInProviders__Output } from '../../redoubt/v1/SignInProviders.js';
import type { StartOidcLoginRequest as _redoubt_v1_StartOidcLoginRequest, StartOidcLoginRequest__Output as _redoubt_v1_StartOidcLoginRequest__Output } from '../../redoubt/v1/StartOidcLoginRequest.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';

export interface OidcServiceClient extends grpc.Client {
  /**
   * Finishes a sign-in with the URL the provider redirected the browser to.
   */
  FinishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Finishes a sign-in with the URL the provider redirected the browser to.
   */
  finishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishOidcLogin(argument: _redoubt_v1_FinishOidcLoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * The org's providers, without their client secrets.
   */
  GetOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  GetOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  GetOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  GetOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  /**
   * The org's providers, without their client secrets.
   */
  getOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  getOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  getOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  getOidcProviders(argument: _redoubt_v1_GetOidcProvidersRequest, callback: grpc.requestCallback<_redoubt_v1_OidcProviders__Output>): grpc.ClientUnaryCall;
  
  /**
   * The providers a sign-in page offers for an org: ids and names only.
   */
  ListSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  ListSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  ListSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  ListSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  /**
   * The providers a sign-in page offers for an org: ids and names only.
   */
  listSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  listSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  listSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  listSignInProviders(argument: _redoubt_v1_ListSignInProvidersRequest, callback: grpc.requestCallback<_redoubt_v1_SignInProviders__Output>): grpc.ClientUnaryCall;
  
  RemoveOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  RemoveOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  RemoveOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  RemoveOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  removeOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  removeOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  removeOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  removeOidcProvider(argument: _redoubt_v1_RemoveOidcProviderRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveOidcProviderResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds or replaces one of the org's providers. Its discovery document must load first.
   */
  SetOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  SetOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  SetOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  SetOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  /**
   * Adds or replaces one of the org's providers. Its discovery document must load first.
   */
  setOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  setOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  setOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  setOidcProvider(argument: _redoubt_v1_SetOidcProviderRequest, callback: grpc.requestCallback<_redoubt_v1_OidcProvider__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts a sign-in: the URL to send the browser to, and the login state to give back to
   * FinishOidcLogin (sealed: only this platform reads it; valid 10 minutes, once). Called with an
   * access token and link set, the sign-in links the provider's identity to the caller's account.
   */
  StartOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  StartOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  StartOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  StartOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  /**
   * Starts a sign-in: the URL to send the browser to, and the login state to give back to
   * FinishOidcLogin (sealed: only this platform reads it; valid 10 minutes, once). Called with an
   * access token and link set, the sign-in links the provider's identity to the caller's account.
   */
  startOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  startOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  startOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  startOidcLogin(argument: _redoubt_v1_StartOidcLoginRequest, callback: grpc.requestCallback<_redoubt_v1_OidcLoginStart__Output>): grpc.ClientUnaryCall;
  
}

export interface OidcServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Finishes a sign-in with the URL the provider redirected the browser to.
   */
  FinishOidcLogin: grpc.handleUnaryCall<_redoubt_v1_FinishOidcLoginRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * The org's providers, without their client secrets.
   */
  GetOidcProviders: grpc.handleUnaryCall<_redoubt_v1_GetOidcProvidersRequest__Output, _redoubt_v1_OidcProviders>;
  
  /**
   * The providers a sign-in page offers for an org: ids and names only.
   */
  ListSignInProviders: grpc.handleUnaryCall<_redoubt_v1_ListSignInProvidersRequest__Output, _redoubt_v1_SignInProviders>;
  
  RemoveOidcProvider: grpc.handleUnaryCall<_redoubt_v1_RemoveOidcProviderRequest__Output, _redoubt_v1_RemoveOidcProviderResponse>;
  
  /**
   * Adds or replaces one of the org's providers. Its discovery document must load first.
   */
  SetOidcProvider: grpc.handleUnaryCall<_redoubt_v1_SetOidcProviderRequest__Output, _redoubt_v1_OidcProvider>;
  
  /**
   * Starts a sign-in: the URL to send the browser to, and the login state to give back to
   * FinishOidcLogin (sealed: only this platform reads it; valid 10 minutes, once). Called with an
   * access token and link set, the sign-in links the provider's identity to the caller's account.
   */
  StartOidcLogin: grpc.handleUnaryCall<_redoubt_v1_StartOidcLoginRequest__Output, _redoubt_v1_OidcLoginStart>;
  
}

export interface OidcServiceDefinition extends grpc.ServiceDefinition {
  FinishOidcLogin: MethodDefinition<_redoubt_v1_FinishOidcLoginRequest, _redoubt_v1_Tokens, _redoubt_v1_FinishOidcLoginRequest__Output, _redoubt_v1_Tokens__Output>
  GetOidcProviders: MethodDefinition<_redoubt_v1_GetOidcProvidersRequest, _redoubt_v1_OidcProviders, _redoubt_v1_GetOidcProvidersRequest__Output, _redoubt_v1_OidcProviders__Output>
  ListSignInProviders: MethodDefinition<_redoubt_v1_ListSignInProvidersRequest, _redoubt_v1_SignInProviders, _redoubt_v1_ListSignInProvidersRequest__Output, _redoubt_v1_SignInProviders__Output>
  RemoveOidcProvider: MethodDefinition<_redoubt_v1_RemoveOidcProviderRequest, _redoubt_v1_RemoveOidcProviderResponse, _redoubt_v1_RemoveOidcProviderRequest__Output, _redoubt_v1_RemoveOidcProviderResponse__Output>
  SetOidcProvider: MethodDefinition<_redoubt_v1_SetOidcProviderRequest, _redoubt_v1_OidcProvider, _redoubt_v1_SetOidcProviderRequest__Output, _redoubt_v1_OidcProvider__Output>
  StartOidcLogin: MethodDefinition<_redoubt_v1_StartOidcLoginRequest, _redoubt_v1_OidcLoginStart, _redoubt_v1_StartOidcLoginRequest__Output, _redoubt_v1_OidcLoginStart__Output>
}
