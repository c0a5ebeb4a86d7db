// Original file: redoubt/v1/passkeys.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { FinishPasskeyLoginRequest as _redoubt_v1_FinishPasskeyLoginRequest, FinishPasskeyLoginRequest__Output as _redoubt_v1_FinishPasskeyLoginRequest__Output } from '../../redoubt/v1/FinishPasskeyLoginRequest.js';
import type { FinishPasskeyRegistrationRequest as _redoubt_v1_FinishPasskeyRegistrationRequest, FinishPasskeyRegistrationRequest__Output as _redoubt_v1_FinishPasskeyRegistrationRequest__Output } from '../../redoubt/v1/FinishPasskeyRegistrationRequest.js';
import type { FinishPasskeyStepUpRequest as _redoubt_v1_FinishPasskeyStepUpRequest, FinishPasskeyStepUpRequest__Output as _redoubt_v1_FinishPasskeyStepUpRequest__Output } from '../../redoubt/v1/FinishPasskeyStepUpRequest.js';
import type { GetPasskeyPolicyRequest as _redoubt_v1_GetPasskeyPolicyRequest, GetPasskeyPolicyRequest__Output as _redoubt_v1_GetPasskeyPolicyRequest__Output } from '../../redoubt/v1/GetPasskeyPolicyRequest.js';
import type { ListPasskeysRequest as _redoubt_v1_ListPasskeysRequest, ListPasskeysRequest__Output as _redoubt_v1_ListPasskeysRequest__Output } from '../../redoubt/v1/ListPasskeysRequest.js';
import type { PasskeyOptions as _redoubt_v1_PasskeyOptions, PasskeyOptions__Output as _redoubt_v1_PasskeyOptions__Output } from '../../redoubt/v1/PasskeyOptions.js';
import type { PasskeyPolicy as _redoubt_v1_PasskeyPolicy, PasskeyPolicy__Output as _redoubt_v1_PasskeyPolicy__Output } from '../../redoubt/v1/PasskeyPolicy.js';
import type { PasskeyRegistered as _redoubt_v1_PasskeyRegistered, PasskeyRegistered__Output as _redoubt_v1_PasskeyRegistered__Output } from '../../redoubt/v1/PasskeyRegistered.js';
import type { Passkeys as _redoubt_v1_Passkeys, Passkeys__Output as _redoubt_v1_Passkeys__Output } from '../../redoubt/v1/Passkeys.js';
import type { RemovePasskeyRequest as _redoubt_v1_RemovePasskeyRequest, RemovePasskeyRequest__Output as _redoubt_v1_RemovePasskeyRequest__Output } from '../../redoubt/v1/RemovePasskeyRequest.js';
import type { RemovePasskeyResponse as _redoubt_v1_RemovePasskeyResponse, RemovePasskeyResponse__Output as _redoubt_v1_RemovePasskeyResponse__Output } from '../../redoubt/v1/RemovePasskeyResponse.js';
import type { RenamePasskeyRequest as _redoubt_v1_RenamePasskeyRequest, RenamePasskeyRequest__Output as _redoubt_v1_RenamePasskeyRequest__Output } from '../../redoubt/v1/RenamePasskeyRequest.js';
import type { RenamePasskeyResponse as _redoubt_v1_RenamePasskeyResponse, RenamePasskeyResponse__Output as _redoubt_v1_RenamePasskeyResponse__Output } from '../../redoubt/v1/RenamePasskeyResponse.js';
import type { SetPasskeyPolicyRequest as _redoubt_v1_SetPasskeyPolicyRequest, SetPasskeyPolicyRequest__Output as _redoubt_v1_SetPasskeyPolicyRequest__Output } from '../../redoubt/v1/SetPasskeyPolicyRequest.js';
import type { StartPasskeyLoginRequest as _redoubt_v1_StartPasskeyLoginRequest, StartPasskeyLoginRequest__Output as _redoubt_v1_StartPasskeyLoginRequest__Output } from '../../redoubt/v1/StartPasskeyLoginRequest.js';
import type { StartPasskeyRegistrationRequest as _redoubt_v1_StartPasskeyRegistrationRequest, StartPasskeyRegistrationRequest__Output as _redoubt_v1_StartPasskeyRegistrationRequest__Output } from '../../redoubt/v1/StartPasskeyRegistrationRequest.js';
import type { StartPasskeyStepUpRequest as _redoubt_v1_StartPasskeyStepUpRequest, StartPasskeyStepUpRequest__Output as _redoubt_v1_StartPasskeyStepUpRequest__Output } from '../../redoubt/v1/StartPasskeyStepUpRequest.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';

export interface PasskeyServiceClient extends grpc.Client {
  /**
   * Checks the browser's answer and opens a session (AAL2, phishing-resistant). A device-bound
   * key whose signature counter did not grow is refused (a cloned authenticator) and logged.
   */
  FinishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Checks the browser's answer and opens a session (AAL2, phishing-resistant). A device-bound
   * key whose signature counter did not grow is refused (a cloned authenticator) and logged.
   */
  finishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyLogin(argument: _redoubt_v1_FinishPasskeyLoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * Checks the browser's answer and adds the passkey; the session is raised by it. A credential
   * registered already (here or to another account) is refused.
   */
  FinishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  FinishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  FinishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  FinishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  /**
   * Checks the browser's answer and adds the passkey; the session is raised by it. A credential
   * registered already (here or to another account) is refused.
   */
  finishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  finishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  finishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  finishPasskeyRegistration(argument: _redoubt_v1_FinishPasskeyRegistrationRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyRegistered__Output>): grpc.ClientUnaryCall;
  
  FinishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  FinishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  finishPasskeyStepUp(argument: _redoubt_v1_FinishPasskeyStepUpRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  GetPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  GetPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  GetPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  GetPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  getPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  getPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  getPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  getPasskeyPolicy(argument: _redoubt_v1_GetPasskeyPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  
  ListPasskeys(argument: _redoubt_v1_ListPasskeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  ListPasskeys(argument: _redoubt_v1_ListPasskeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  ListPasskeys(argument: _redoubt_v1_ListPasskeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  ListPasskeys(argument: _redoubt_v1_ListPasskeysRequest, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  listPasskeys(argument: _redoubt_v1_ListPasskeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  listPasskeys(argument: _redoubt_v1_ListPasskeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  listPasskeys(argument: _redoubt_v1_ListPasskeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  listPasskeys(argument: _redoubt_v1_ListPasskeysRequest, callback: grpc.requestCallback<_redoubt_v1_Passkeys__Output>): grpc.ClientUnaryCall;
  
  RemovePasskey(argument: _redoubt_v1_RemovePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RemovePasskey(argument: _redoubt_v1_RemovePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RemovePasskey(argument: _redoubt_v1_RemovePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RemovePasskey(argument: _redoubt_v1_RemovePasskeyRequest, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  removePasskey(argument: _redoubt_v1_RemovePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  removePasskey(argument: _redoubt_v1_RemovePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  removePasskey(argument: _redoubt_v1_RemovePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  removePasskey(argument: _redoubt_v1_RemovePasskeyRequest, callback: grpc.requestCallback<_redoubt_v1_RemovePasskeyResponse__Output>): grpc.ClientUnaryCall;
  
  RenamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RenamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RenamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  RenamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  renamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  renamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  renamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  renamePasskey(argument: _redoubt_v1_RenamePasskeyRequest, callback: grpc.requestCallback<_redoubt_v1_RenamePasskeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Which authenticator models (AAGUIDs) the org's members may register passkeys of: only those
   * allowed when the list is not empty, never those denied. Checked when a member registers one.
   */
  SetPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  SetPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  SetPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  SetPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  /**
   * Which authenticator models (AAGUIDs) the org's members may register passkeys of: only those
   * allowed when the list is not empty, never those denied. Checked when a member registers one.
   */
  setPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  setPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  setPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  setPasskeyPolicy(argument: _redoubt_v1_SetPasskeyPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyPolicy__Output>): grpc.ClientUnaryCall;
  
  /**
   * Options for a passwordless sign-in (navigator.credentials.get): any passkey of this
   * deployment, user verification required.
   */
  StartPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  /**
   * Options for a passwordless sign-in (navigator.credentials.get): any passkey of this
   * deployment, user verification required.
   */
  startPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyLogin(argument: _redoubt_v1_StartPasskeyLoginRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  
  /**
   * Options for registering a passkey (navigator.credentials.create): a discoverable credential
   * with user verification. Once the account has a second factor, adding one needs AAL2.
   */
  StartPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  /**
   * Options for registering a passkey (navigator.credentials.create): a discoverable credential
   * with user verification. Once the account has a second factor, adding one needs AAL2.
   */
  startPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyRegistration(argument: _redoubt_v1_StartPasskeyRegistrationRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  
  /**
   * Options for proving one of the caller's passkeys on the caller's session (step-up).
   */
  StartPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  StartPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  /**
   * Options for proving one of the caller's passkeys on the caller's session (step-up).
   */
  startPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  startPasskeyStepUp(argument: _redoubt_v1_StartPasskeyStepUpRequest, callback: grpc.requestCallback<_redoubt_v1_PasskeyOptions__Output>): grpc.ClientUnaryCall;
  
}

export interface PasskeyServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Checks the browser's answer and opens a session (AAL2, phishing-resistant). A device-bound
   * key whose signature counter did not grow is refused (a cloned authenticator) and logged.
   */
  FinishPasskeyLogin: grpc.handleUnaryCall<_redoubt_v1_FinishPasskeyLoginRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Checks the browser's answer and adds the passkey; the session is raised by it. A credential
   * registered already (here or to another account) is refused.
   */
  FinishPasskeyRegistration: grpc.handleUnaryCall<_redoubt_v1_FinishPasskeyRegistrationRequest__Output, _redoubt_v1_PasskeyRegistered>;
  
  FinishPasskeyStepUp: grpc.handleUnaryCall<_redoubt_v1_FinishPasskeyStepUpRequest__Output, _redoubt_v1_Tokens>;
  
  GetPasskeyPolicy: grpc.handleUnaryCall<_redoubt_v1_GetPasskeyPolicyRequest__Output, _redoubt_v1_PasskeyPolicy>;
  
  ListPasskeys: grpc.handleUnaryCall<_redoubt_v1_ListPasskeysRequest__Output, _redoubt_v1_Passkeys>;
  
  RemovePasskey: grpc.handleUnaryCall<_redoubt_v1_RemovePasskeyRequest__Output, _redoubt_v1_RemovePasskeyResponse>;
  
  RenamePasskey: grpc.handleUnaryCall<_redoubt_v1_RenamePasskeyRequest__Output, _redoubt_v1_RenamePasskeyResponse>;
  
  /**
   * Which authenticator models (AAGUIDs) the org's members may register passkeys of: only those
   * allowed when the list is not empty, never those denied. Checked when a member registers one.
   */
  SetPasskeyPolicy: grpc.handleUnaryCall<_redoubt_v1_SetPasskeyPolicyRequest__Output, _redoubt_v1_PasskeyPolicy>;
  
  /**
   * Options for a passwordless sign-in (navigator.credentials.get): any passkey of this
   * deployment, user verification required.
   */
  StartPasskeyLogin: grpc.handleUnaryCall<_redoubt_v1_StartPasskeyLoginRequest__Output, _redoubt_v1_PasskeyOptions>;
  
  /**
   * Options for registering a passkey (navigator.credentials.create): a discoverable credential
   * with user verification. Once the account has a second factor, adding one needs AAL2.
   */
  StartPasskeyRegistration: grpc.handleUnaryCall<_redoubt_v1_StartPasskeyRegistrationRequest__Output, _redoubt_v1_PasskeyOptions>;
  
  /**
   * Options for proving one of the caller's passkeys on the caller's session (step-up).
   */
  StartPasskeyStepUp: grpc.handleUnaryCall<_redoubt_v1_StartPasskeyStepUpRequest__Output, _redoubt_v1_PasskeyOptions>;
  
}

export interface PasskeyServiceDefinition extends grpc.ServiceDefinition {
  FinishPasskeyLogin: MethodDefinition<_redoubt_v1_FinishPasskeyLoginRequest, _redoubt_v1_Tokens, _redoubt_v1_FinishPasskeyLoginRequest__Output, _redoubt_v1_Tokens__Output>
  FinishPasskeyRegistration: MethodDefinition<_redoubt_v1_FinishPasskeyRegistrationRequest, _redoubt_v1_PasskeyRegistered, _redoubt_v1_FinishPasskeyRegistrationRequest__Output, _redoubt_v1_PasskeyRegistered__Output>
  FinishPasskeyStepUp: MethodDefinition<_redoubt_v1_FinishPasskeyStepUpRequest, _redoubt_v1_Tokens, _redoubt_v1_FinishPasskeyStepUpRequest__Output, _redoubt_v1_Tokens__Output>
  GetPasskeyPolicy: MethodDefinition<_redoubt_v1_GetPasskeyPolicyRequest, _redoubt_v1_PasskeyPolicy, _redoubt_v1_GetPasskeyPolicyRequest__Output, _redoubt_v1_PasskeyPolicy__Output>
  ListPasskeys: MethodDefinition<_redoubt_v1_ListPasskeysRequest, _redoubt_v1_Passkeys, _redoubt_v1_ListPasskeysRequest__Output, _redoubt_v1_Passkeys__Output>
  RemovePasskey: MethodDefinition<_redoubt_v1_RemovePasskeyRequest, _redoubt_v1_RemovePasskeyResponse, _redoubt_v1_RemovePasskeyRequest__Output, _redoubt_v1_RemovePasskeyResponse__Output>
  RenamePasskey: MethodDefinition<_redoubt_v1_RenamePasskeyRequest, _redoubt_v1_RenamePasskeyResponse, _redoubt_v1_RenamePasskeyRequest__Output, _redoubt_v1_RenamePasskeyResponse__Output>
  SetPasskeyPolicy: MethodDefinition<_redoubt_v1_SetPasskeyPolicyRequest, _redoubt_v1_PasskeyPolicy, _redoubt_v1_SetPasskeyPolicyRequest__Output, _redoubt_v1_PasskeyPolicy__Output>
  StartPasskeyLogin: MethodDefinition<_redoubt_v1_StartPasskeyLoginRequest, _redoubt_v1_PasskeyOptions, _redoubt_v1_StartPasskeyLoginRequest__Output, _redoubt_v1_PasskeyOptions__Output>
  StartPasskeyRegistration: MethodDefinition<_redoubt_v1_StartPasskeyRegistrationRequest, _redoubt_v1_PasskeyOptions, _redoubt_v1_StartPasskeyRegistrationRequest__Output, _redoubt_v1_PasskeyOptions__Output>
  StartPasskeyStepUp: MethodDefinition<_redoubt_v1_StartPasskeyStepUpRequest, _redoubt_v1_PasskeyOptions, _redoubt_v1_StartPasskeyStepUpRequest__Output, _redoubt_v1_PasskeyOptions__Output>
}
