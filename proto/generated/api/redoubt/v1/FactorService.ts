// Original file: redoubt/v1/factors.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfirmPhoneRequest as _redoubt_v1_ConfirmPhoneRequest, ConfirmPhoneRequest__Output as _redoubt_v1_ConfirmPhoneRequest__Output } from '../../redoubt/v1/ConfirmPhoneRequest.js';
import type { ConfirmPhoneResponse as _redoubt_v1_ConfirmPhoneResponse, ConfirmPhoneResponse__Output as _redoubt_v1_ConfirmPhoneResponse__Output } from '../../redoubt/v1/ConfirmPhoneResponse.js';
import type { ConfirmTotpRequest as _redoubt_v1_ConfirmTotpRequest, ConfirmTotpRequest__Output as _redoubt_v1_ConfirmTotpRequest__Output } from '../../redoubt/v1/ConfirmTotpRequest.js';
import type { Factors as _redoubt_v1_Factors, Factors__Output as _redoubt_v1_Factors__Output } from '../../redoubt/v1/Factors.js';
import type { ListFactorsRequest as _redoubt_v1_ListFactorsRequest, ListFactorsRequest__Output as _redoubt_v1_ListFactorsRequest__Output } from '../../redoubt/v1/ListFactorsRequest.js';
import type { RecoveryCodes as _redoubt_v1_RecoveryCodes, RecoveryCodes__Output as _redoubt_v1_RecoveryCodes__Output } from '../../redoubt/v1/RecoveryCodes.js';
import type { RegenerateRecoveryCodesRequest as _redoubt_v1_RegenerateRecoveryCodesRequest, RegenerateRecoveryCodesRequest__Output as _redoubt_v1_RegenerateRecoveryCodesRequest__Output } from '../../redoubt/v1/RegenerateRecoveryCodesRequest.js';
import type { RemovePhoneRequest as _redoubt_v1_RemovePhoneRequest, RemovePhoneRequest__Output as _redoubt_v1_RemovePhoneRequest__Output } from '../../redoubt/v1/RemovePhoneRequest.js';
import type { RemovePhoneResponse as _redoubt_v1_RemovePhoneResponse, RemovePhoneResponse__Output as _redoubt_v1_RemovePhoneResponse__Output } from '../../redoubt/v1/RemovePhoneResponse.js';
import type { RemoveTotpRequest as _redoubt_v1_RemoveTotpRequest, RemoveTotpRequest__Output as _redoubt_v1_RemoveTotpRequest__Output } from '../../redoubt/v1/RemoveTotpRequest.js';
import type { RemoveTotpResponse as _redoubt_v1_RemoveTotpResponse, RemoveTotpResponse__Output as _redoubt_v1_RemoveTotpResponse__Output } from '../../redoubt/v1/RemoveTotpResponse.js';
import type { SendSmsCodeRequest as _redoubt_v1_SendSmsCodeRequest, SendSmsCodeRequest__Output as _redoubt_v1_SendSmsCodeRequest__Output } from '../../redoubt/v1/SendSmsCodeRequest.js';
import type { SendSmsCodeResponse as _redoubt_v1_SendSmsCodeResponse, SendSmsCodeResponse__Output as _redoubt_v1_SendSmsCodeResponse__Output } from '../../redoubt/v1/SendSmsCodeResponse.js';
import type { SetPhoneRequest as _redoubt_v1_SetPhoneRequest, SetPhoneRequest__Output as _redoubt_v1_SetPhoneRequest__Output } from '../../redoubt/v1/SetPhoneRequest.js';
import type { SetPhoneResponse as _redoubt_v1_SetPhoneResponse, SetPhoneResponse__Output as _redoubt_v1_SetPhoneResponse__Output } from '../../redoubt/v1/SetPhoneResponse.js';
import type { StartTotpRequest as _redoubt_v1_StartTotpRequest, StartTotpRequest__Output as _redoubt_v1_StartTotpRequest__Output } from '../../redoubt/v1/StartTotpRequest.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';
import type { TotpConfirmed as _redoubt_v1_TotpConfirmed, TotpConfirmed__Output as _redoubt_v1_TotpConfirmed__Output } from '../../redoubt/v1/TotpConfirmed.js';
import type { TotpEnrolment as _redoubt_v1_TotpEnrolment, TotpEnrolment__Output as _redoubt_v1_TotpEnrolment__Output } from '../../redoubt/v1/TotpEnrolment.js';
import type { UseRecoveryCodeRequest as _redoubt_v1_UseRecoveryCodeRequest, UseRecoveryCodeRequest__Output as _redoubt_v1_UseRecoveryCodeRequest__Output } from '../../redoubt/v1/UseRecoveryCodeRequest.js';
import type { VerifySmsRequest as _redoubt_v1_VerifySmsRequest, VerifySmsRequest__Output as _redoubt_v1_VerifySmsRequest__Output } from '../../redoubt/v1/VerifySmsRequest.js';
import type { VerifyTotpRequest as _redoubt_v1_VerifyTotpRequest, VerifyTotpRequest__Output as _redoubt_v1_VerifyTotpRequest__Output } from '../../redoubt/v1/VerifyTotpRequest.js';

export interface FactorServiceClient extends grpc.Client {
  /**
   * Proves the phone with the code sent to it.
   */
  ConfirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Proves the phone with the code sent to it.
   */
  confirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  confirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  confirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  confirmPhone(argument: _redoubt_v1_ConfirmPhoneRequest, callback: grpc.requestCallback<_redoubt_v1_ConfirmPhoneResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  RemovePhone(argument: _redoubt_v1_RemovePhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  RemovePhone(argument: _redoubt_v1_RemovePhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  RemovePhone(argument: _redoubt_v1_RemovePhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  RemovePhone(argument: _redoubt_v1_RemovePhoneRequest, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  removePhone(argument: _redoubt_v1_RemovePhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  removePhone(argument: _redoubt_v1_RemovePhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  removePhone(argument: _redoubt_v1_RemovePhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  removePhone(argument: _redoubt_v1_RemovePhoneRequest, callback: grpc.requestCallback<_redoubt_v1_RemovePhoneResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes the authenticator and the recovery codes (and the phone: SMS needs an authenticator beside it).
   */
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  RemoveTotp(argument: _redoubt_v1_RemoveTotpRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes the authenticator and the recovery codes (and the phone: SMS needs an authenticator beside it).
   */
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  removeTotp(argument: _redoubt_v1_RemoveTotpRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveTotpResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sends a code to the account's phone (valid 10 minutes, once); a new code does not reset the
   * count of wrong ones.
   */
  SendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  SendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  SendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  SendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sends a code to the account's phone (valid 10 minutes, once); a new code does not reset the
   * count of wrong ones.
   */
  sendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  sendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  sendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  sendSmsCode(argument: _redoubt_v1_SendSmsCodeRequest, callback: grpc.requestCallback<_redoubt_v1_SendSmsCodeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets the phone that SMS codes go to, and sends it a code to prove it (ConfirmPhone). SMS is a
   * restricted factor: allowed only beside an authenticator app, never phishing-resistant, and
   * counted in a project only where its policy allows SMS. Needs the deployment's SMS provider.
   */
  SetPhone(argument: _redoubt_v1_SetPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  SetPhone(argument: _redoubt_v1_SetPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  SetPhone(argument: _redoubt_v1_SetPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  SetPhone(argument: _redoubt_v1_SetPhoneRequest, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sets the phone that SMS codes go to, and sends it a code to prove it (ConfirmPhone). SMS is a
   * restricted factor: allowed only beside an authenticator app, never phishing-resistant, and
   * counted in a project only where its policy allows SMS. Needs the deployment's SMS provider.
   */
  setPhone(argument: _redoubt_v1_SetPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  setPhone(argument: _redoubt_v1_SetPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  setPhone(argument: _redoubt_v1_SetPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  setPhone(argument: _redoubt_v1_SetPhoneRequest, callback: grpc.requestCallback<_redoubt_v1_SetPhoneResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Proves an SMS code on the caller's session (step-up).
   */
  VerifySms(argument: _redoubt_v1_VerifySmsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifySms(argument: _redoubt_v1_VerifySmsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifySms(argument: _redoubt_v1_VerifySmsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  VerifySms(argument: _redoubt_v1_VerifySmsRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Proves an SMS code on the caller's session (step-up).
   */
  verifySms(argument: _redoubt_v1_VerifySmsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifySms(argument: _redoubt_v1_VerifySmsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifySms(argument: _redoubt_v1_VerifySmsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  verifySms(argument: _redoubt_v1_VerifySmsRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
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
   * Proves the phone with the code sent to it.
   */
  ConfirmPhone: grpc.handleUnaryCall<_redoubt_v1_ConfirmPhoneRequest__Output, _redoubt_v1_ConfirmPhoneResponse>;
  
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
  
  RemovePhone: grpc.handleUnaryCall<_redoubt_v1_RemovePhoneRequest__Output, _redoubt_v1_RemovePhoneResponse>;
  
  /**
   * Removes the authenticator and the recovery codes (and the phone: SMS needs an authenticator beside it).
   */
  RemoveTotp: grpc.handleUnaryCall<_redoubt_v1_RemoveTotpRequest__Output, _redoubt_v1_RemoveTotpResponse>;
  
  /**
   * Sends a code to the account's phone (valid 10 minutes, once); a new code does not reset the
   * count of wrong ones.
   */
  SendSmsCode: grpc.handleUnaryCall<_redoubt_v1_SendSmsCodeRequest__Output, _redoubt_v1_SendSmsCodeResponse>;
  
  /**
   * Sets the phone that SMS codes go to, and sends it a code to prove it (ConfirmPhone). SMS is a
   * restricted factor: allowed only beside an authenticator app, never phishing-resistant, and
   * counted in a project only where its policy allows SMS. Needs the deployment's SMS provider.
   */
  SetPhone: grpc.handleUnaryCall<_redoubt_v1_SetPhoneRequest__Output, _redoubt_v1_SetPhoneResponse>;
  
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
   * Proves an SMS code on the caller's session (step-up).
   */
  VerifySms: grpc.handleUnaryCall<_redoubt_v1_VerifySmsRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Proves a code of the account's authenticator on the caller's session (step-up). A code is
   * accepted once: the same code, or an older one, is refused afterwards.
   */
  VerifyTotp: grpc.handleUnaryCall<_redoubt_v1_VerifyTotpRequest__Output, _redoubt_v1_Tokens>;
  
}

export interface FactorServiceDefinition extends grpc.ServiceDefinition {
  ConfirmPhone: MethodDefinition<_redoubt_v1_ConfirmPhoneRequest, _redoubt_v1_ConfirmPhoneResponse, _redoubt_v1_ConfirmPhoneRequest__Output, _redoubt_v1_ConfirmPhoneResponse__Output>
  ConfirmTotp: MethodDefinition<_redoubt_v1_ConfirmTotpRequest, _redoubt_v1_TotpConfirmed, _redoubt_v1_ConfirmTotpRequest__Output, _redoubt_v1_TotpConfirmed__Output>
  ListFactors: MethodDefinition<_redoubt_v1_ListFactorsRequest, _redoubt_v1_Factors, _redoubt_v1_ListFactorsRequest__Output, _redoubt_v1_Factors__Output>
  RegenerateRecoveryCodes: MethodDefinition<_redoubt_v1_RegenerateRecoveryCodesRequest, _redoubt_v1_RecoveryCodes, _redoubt_v1_RegenerateRecoveryCodesRequest__Output, _redoubt_v1_RecoveryCodes__Output>
  RemovePhone: MethodDefinition<_redoubt_v1_RemovePhoneRequest, _redoubt_v1_RemovePhoneResponse, _redoubt_v1_RemovePhoneRequest__Output, _redoubt_v1_RemovePhoneResponse__Output>
  RemoveTotp: MethodDefinition<_redoubt_v1_RemoveTotpRequest, _redoubt_v1_RemoveTotpResponse, _redoubt_v1_RemoveTotpRequest__Output, _redoubt_v1_RemoveTotpResponse__Output>
  SendSmsCode: MethodDefinition<_redoubt_v1_SendSmsCodeRequest, _redoubt_v1_SendSmsCodeResponse, _redoubt_v1_SendSmsCodeRequest__Output, _redoubt_v1_SendSmsCodeResponse__Output>
  SetPhone: MethodDefinition<_redoubt_v1_SetPhoneRequest, _redoubt_v1_SetPhoneResponse, _redoubt_v1_SetPhoneRequest__Output, _redoubt_v1_SetPhoneResponse__Output>
  StartTotp: MethodDefinition<_redoubt_v1_StartTotpRequest, _redoubt_v1_TotpEnrolment, _redoubt_v1_StartTotpRequest__Output, _redoubt_v1_TotpEnrolment__Output>
  UseRecoveryCode: MethodDefinition<_redoubt_v1_UseRecoveryCodeRequest, _redoubt_v1_Tokens, _redoubt_v1_UseRecoveryCodeRequest__Output, _redoubt_v1_Tokens__Output>
  VerifySms: MethodDefinition<_redoubt_v1_VerifySmsRequest, _redoubt_v1_Tokens, _redoubt_v1_VerifySmsRequest__Output, _redoubt_v1_Tokens__Output>
  VerifyTotp: MethodDefinition<_redoubt_v1_VerifyTotpRequest, _redoubt_v1_Tokens, _redoubt_v1_VerifyTotpRequest__Output, _redoubt_v1_Tokens__Output>
}
