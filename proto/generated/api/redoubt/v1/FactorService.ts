// Original file: redoubt/v1/factors.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfirmTotpRequest as _redoubt_v1_ConfirmTotpRequest, ConfirmTotpRequest__Output as _redoubt_v1_ConfirmTotpRequest__Output } from '../../redoubt/v1/ConfirmTotpRequest.js';
import type { Factors as _redoubt_v1_Factors, Factors__Output as _redoubt_v1_Factors__Output } from '../../redoubt/v1/Factors.js';
import type { ListFactorsRequest as _redoubt_v1_ListFactorsRequest, ListFactorsRequest__Output as _redoubt_v1_ListFactorsRequest__Output } from '../../redoubt/v1/ListFactorsRequest.js';
import type { RecoveryCodes as _redoubt_v1_RecoveryCodes, RecoveryCodes__Output as _redoubt_v1_RecoveryCodes__Output } from '../../redoubt/v1/RecoveryCodes.js';
import type { RegenerateRecoveryCodesRequest as _redoubt_v1_RegenerateRecoveryCodesRequest, RegenerateRecoveryCodesRequest__Output as _redoubt_v1_RegenerateRecoveryCodesRequest__Output } from '../../redoubt/v1/RegenerateRecoveryCodesRequest.js';
import type { RemoveTotpRequest as _redoubt_v1_RemoveTotpRequest, RemoveTotpRequest__Output as _redoubt_v1_RemoveTotpRequest__Output } from '../../redoubt/v1/RemoveTotpRequest.js';
import type { RemoveTotpResponse as _redoubt_v1_RemoveTotpResponse, RemoveTotpResponse__Output as _redoubt_v1_RemoveTotpResponse__Output } from '../../redoubt/v1/RemoveTotpResponse.js';
import type { StartTotpRequest as _redoubt_v1_StartTotpRequest, StartTotpRequest__Output as _redoubt_v1_StartTotpRequest__Output } from '../../redoubt/v1/StartTotpRequest.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';
import type { TotpConfirmed as _redoubt_v1_TotpConfirmed, TotpConfirmed__Output as _redoubt_v1_TotpConfirmed__Output } from '../../redoubt/v1/TotpConfirmed.js';
import type { TotpEnrolment as _redoubt_v1_TotpEnrolment, TotpEnrolment__Output as _redoubt_v1_TotpEnrolment__Output } from '../../redoubt/v1/TotpEnrolment.js';
import type { UseRecoveryCodeRequest as _redoubt_v1_UseRecoveryCodeRequest, UseRecoveryCodeRequest__Output as _redoubt_v1_UseRecoveryCodeRequest__Output } from '../../redoubt/v1/UseRecoveryCodeRequest.js';
import type { VerifyTotpRequest as _redoubt_v1_VerifyTotpRequest, VerifyTotpRequest__Output as _redoubt_v1_VerifyTotpRequest__Output } from '../../redoubt/v1/VerifyTotpRequest.js';

export interface FactorServiceClient extends grpc.Client {
  /**
   * Confirms the authenticator with a code it shows: it becomes the account's second factor, the
   * session is raised to AAL2, and ten recovery codes are answered, this once only.
   */
  ConfirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  ConfirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  ConfirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  ConfirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  /**
   * Confirms the authenticator with a code it shows: it becomes the account's second factor, the
   * session is raised to AAL2, and ten recovery codes are answered, this once only.
   */
  confirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  confirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  confirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  confirmTotp(argument: _redoubt_v1_ConfirmTotpRequest, callback: grpc.requestCallback<_redoubt_v1_TotpConfirmed__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's enrolled factors and the assurance of the caller's session.
   */
  ListFactors(argument: _redoubt_v1_ListFactorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  ListFactors(argument: _redoubt_v1_ListFactorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  ListFactors(argument: _redoubt_v1_ListFactorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  ListFactors(argument: _redoubt_v1_ListFactorsRequest, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's enrolled factors and the assurance of the caller's session.
   */
  listFactors(argument: _redoubt_v1_ListFactorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  listFactors(argument: _redoubt_v1_ListFactorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  listFactors(argument: _redoubt_v1_ListFactorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  listFactors(argument: _redoubt_v1_ListFactorsRequest, callback: grpc.requestCallback<_redoubt_v1_Factors__Output>): grpc.ClientUnaryCall;
  
  /**
   * Draws ten new recovery codes; the earlier ones stop working.
   */
  RegenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  RegenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  RegenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  RegenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  /**
   * Draws ten new recovery codes; the earlier ones stop working.
   */
  regenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  regenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  regenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  regenerateRecoveryCodes(argument: _redoubt_v1_RegenerateRecoveryCodesRequest, callback: grpc.requestCallback<_redoubt_v1_RecoveryCodes__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes the authenticator and the recovery codes.
   */
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes the authenticator and the recovery codes.
   */
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts enrolling an authenticator app: a new secret and its otpauth:// URI (show it as a QR
   * code). Nothing changes until ConfirmTotp proves a code of it; starting again draws a new one.
   */
  StartTotp(argument: _redoubt_v1_StartTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  StartTotp(argument: _redoubt_v1_StartTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  StartTotp(argument: _redoubt_v1_StartTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  StartTotp(argument: _redoubt_v1_StartTotpRequest, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  /**
   * Starts enrolling an authenticator app: a new secret and its otpauth:// URI (show it as a QR
   * code). Nothing changes until ConfirmTotp proves a code of it; starting again draws a new one.
   */
  startTotp(argument: _redoubt_v1_StartTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  startTotp(argument: _redoubt_v1_StartTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  startTotp(argument: _redoubt_v1_StartTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  startTotp(argument: _redoubt_v1_StartTotpRequest, callback: grpc.requestCallback<_redoubt_v1_TotpEnrolment__Output>): grpc.ClientUnaryCall;
  
  /**
   * Proves a recovery code on the caller's session, when the authenticator is lost. Each code
   * works once.
   */
  UseRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  UseRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  UseRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  UseRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Proves a recovery code on the caller's session, when the authenticator is lost. Each code
   * works once.
   */
  useRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  useRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  useRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  useRecoveryCode(argument: _redoubt_v1_UseRecoveryCodeRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * Proves a code of the account's authenticator on the caller's session (step-up). A code is
   * accepted once: the same code, or an older one, is refused afterwards.
   */
  VerifyTotp(argument: _redoubt_v1_VerifyTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifyTotp(argument: _redoubt_v1_VerifyTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifyTotp(argument: _redoubt_v1_VerifyTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifyTotp(argument: _redoubt_v1_VerifyTotpRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Proves a code of the account's authenticator on the caller's session (step-up). A code is
   * accepted once: the same code, or an older one, is refused afterwards.
   */
  verifyTotp(argument: _redoubt_v1_VerifyTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifyTotp(argument: _redoubt_v1_VerifyTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifyTotp(argument: _redoubt_v1_VerifyTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifyTotp(argument: _redoubt_v1_VerifyTotpRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
}

export interface FactorServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Confirms the authenticator with a code it shows: it becomes the account's second factor, the
   * session is raised to AAL2, and ten recovery codes are answered, this once only.
   */
  ConfirmTotp: grpc.handleUnaryCall<_redoubt_v1_ConfirmTotpRequest__Output, _redoubt_v1_TotpConfirmed>;
  
  /**
   * The caller's enrolled factors and the assurance of the caller's session.
   */
  ListFactors: grpc.handleUnaryCall<_redoubt_v1_ListFactorsRequest__Output, _redoubt_v1_Factors>;
  
  /**
   * Draws ten new recovery codes; the earlier ones stop working.
   */
  RegenerateRecoveryCodes: grpc.handleUnaryCall<_redoubt_v1_RegenerateRecoveryCodesRequest__Output, _redoubt_v1_RecoveryCodes>;
  
  /**
   * Removes the authenticator and the recovery codes.
   */
  RemoveTotp: grpc.handleUnaryCall<_redoubt_v1_RemoveTotpRequest__Output, _redoubt_v1_RemoveTotpResponse>;
  
  /**
   * Starts enrolling an authenticator app: a new secret and its otpauth:// URI (show it as a QR
   * code). Nothing changes until ConfirmTotp proves a code of it; starting again draws a new one.
   */
  StartTotp: grpc.handleUnaryCall<_redoubt_v1_StartTotpRequest__Output, _redoubt_v1_TotpEnrolment>;
  
  /**
   * Proves a recovery code on the caller's session, when the authenticator is lost. Each code
   * works once.
   */
  UseRecoveryCode: grpc.handleUnaryCall<_redoubt_v1_UseRecoveryCodeRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Proves a code of the account's authenticator on the caller's session (step-up). A code is
   * accepted once: the same code, or an older one, is refused afterwards.
   */
  VerifyTotp: grpc.handleUnaryCall<_redoubt_v1_VerifyTotpRequest__Output, _redoubt_v1_Tokens>;
  
}

export interface FactorServiceDefinition extends grpc.ServiceDefinition {
  ConfirmTotp: MethodDefinition<_redoubt_v1_ConfirmTotpRequest, _redoubt_v1_TotpConfirmed, _redoubt_v1_ConfirmTotpRequest__Output, _redoubt_v1_TotpConfirmed__Output>
  ListFactors: MethodDefinition<_redoubt_v1_ListFactorsRequest, _redoubt_v1_Factors, _redoubt_v1_ListFactorsRequest__Output, _redoubt_v1_Factors__Output>
  RegenerateRecoveryCodes: MethodDefinition<_redoubt_v1_RegenerateRecoveryCodesRequest, _redoubt_v1_RecoveryCodes, _redoubt_v1_RegenerateRecoveryCodesRequest__Output, _redoubt_v1_RecoveryCodes__Output>
  RemoveTotp: MethodDefinition<_redoubt_v1_RemoveTotpRequest, _redoubt_v1_RemoveTotpResponse, _redoubt_v1_RemoveTotpRequest__Output, _redoubt_v1_RemoveTotpResponse__Output>
  StartTotp: MethodDefinition<_redoubt_v1_StartTotpRequest, _redoubt_v1_TotpEnrolment, _redoubt_v1_StartTotpRequest__Output, _redoubt_v1_TotpEnrolment__Output>
  UseRecoveryCode: MethodDefinition<_redoubt_v1_UseRecoveryCodeRequest, _redoubt_v1_Tokens, _redoubt_v1_UseRecoveryCodeRequest__Output, _redoubt_v1_Tokens__Output>
  VerifyTotp: MethodDefinition<_redoubt_v1_VerifyTotpRequest, _redoubt_v1_Tokens, _redoubt_v1_VerifyTotpRequest__Output, _redoubt_v1_Tokens__Output>
}
