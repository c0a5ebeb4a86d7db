// Original file: redoubt/v1/auth.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangePasswordRequest as _redoubt_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _redoubt_v1_ChangePasswordRequest__Output } from '../../redoubt/v1/ChangePasswordRequest.js';
import type { ChangePasswordResponse as _redoubt_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _redoubt_v1_ChangePasswordResponse__Output } from '../../redoubt/v1/ChangePasswordResponse.js';
import type { GetJwksRequest as _redoubt_v1_GetJwksRequest, GetJwksRequest__Output as _redoubt_v1_GetJwksRequest__Output } from '../../redoubt/v1/GetJwksRequest.js';
import type { GetJwksResponse as _redoubt_v1_GetJwksResponse, GetJwksResponse__Output as _redoubt_v1_GetJwksResponse__Output } from '../../redoubt/v1/GetJwksResponse.js';
import type { LoginRequest as _redoubt_v1_LoginRequest, LoginRequest__Output as _redoubt_v1_LoginRequest__Output } from '../../redoubt/v1/LoginRequest.js';
import type { LogoutRequest as _redoubt_v1_LogoutRequest, LogoutRequest__Output as _redoubt_v1_LogoutRequest__Output } from '../../redoubt/v1/LogoutRequest.js';
import type { LogoutResponse as _redoubt_v1_LogoutResponse, LogoutResponse__Output as _redoubt_v1_LogoutResponse__Output } from '../../redoubt/v1/LogoutResponse.js';
import type { RefreshRequest as _redoubt_v1_RefreshRequest, RefreshRequest__Output as _redoubt_v1_RefreshRequest__Output } from '../../redoubt/v1/RefreshRequest.js';
import type { RequestPasswordResetRequest as _redoubt_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _redoubt_v1_RequestPasswordResetRequest__Output } from '../../redoubt/v1/RequestPasswordResetRequest.js';
import type { RequestPasswordResetResponse as _redoubt_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _redoubt_v1_RequestPasswordResetResponse__Output } from '../../redoubt/v1/RequestPasswordResetResponse.js';
import type { ResetPasswordRequest as _redoubt_v1_ResetPasswordRequest, ResetPasswordRequest__Output as _redoubt_v1_ResetPasswordRequest__Output } from '../../redoubt/v1/ResetPasswordRequest.js';
import type { ResetPasswordResponse as _redoubt_v1_ResetPasswordResponse, ResetPasswordResponse__Output as _redoubt_v1_ResetPasswordResponse__Output } from '../../redoubt/v1/ResetPasswordResponse.js';
import type { RevokeAllRequest as _redoubt_v1_RevokeAllRequest, RevokeAllRequest__Output as _redoubt_v1_RevokeAllRequest__Output } from '../../redoubt/v1/RevokeAllRequest.js';
import type { RevokeAllResponse as _redoubt_v1_RevokeAllResponse, RevokeAllResponse__Output as _redoubt_v1_RevokeAllResponse__Output } from '../../redoubt/v1/RevokeAllResponse.js';
import type { SignUpRequest as _redoubt_v1_SignUpRequest, SignUpRequest__Output as _redoubt_v1_SignUpRequest__Output } from '../../redoubt/v1/SignUpRequest.js';
import type { SignUpResponse as _redoubt_v1_SignUpResponse, SignUpResponse__Output as _redoubt_v1_SignUpResponse__Output } from '../../redoubt/v1/SignUpResponse.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';
import type { VerifyEmailRequest as _redoubt_v1_VerifyEmailRequest, VerifyEmailRequest__Output as _redoubt_v1_VerifyEmailRequest__Output } from '../../redoubt/v1/VerifyEmailRequest.js';
import type { VerifyEmailResponse as _redoubt_v1_VerifyEmailResponse, VerifyEmailResponse__Output as _redoubt_v1_VerifyEmailResponse__Output } from '../../redoubt/v1/VerifyEmailResponse.js';

/**
 * Accounts sign up, verify their email, and log in to sessions.
 */
export interface AuthServiceClient extends grpc.Client {
  /**
   * Changes the caller's password; every other session is ended.
   */
  ChangePassword(argument: _redoubt_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _redoubt_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _redoubt_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _redoubt_v1_ChangePasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the caller's password; every other session is ended.
   */
  changePassword(argument: _redoubt_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _redoubt_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _redoubt_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _redoubt_v1_ChangePasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The public keys that verify access tokens (a JWK Set).
   */
  GetJwks(argument: _redoubt_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _redoubt_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _redoubt_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _redoubt_v1_GetJwksRequest, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The public keys that verify access tokens (a JWK Set).
   */
  getJwks(argument: _redoubt_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _redoubt_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _redoubt_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _redoubt_v1_GetJwksRequest, callback: grpc.requestCallback<_redoubt_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Logs in with email and password: a new session, an access token and a refresh token.
   */
  Login(argument: _redoubt_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _redoubt_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _redoubt_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _redoubt_v1_LoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Logs in with email and password: a new session, an access token and a refresh token.
   */
  login(argument: _redoubt_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  login(argument: _redoubt_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  login(argument: _redoubt_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  login(argument: _redoubt_v1_LoginRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ends the caller's session: its refresh token stops working at once.
   */
  Logout(argument: _redoubt_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _redoubt_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _redoubt_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _redoubt_v1_LogoutRequest, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ends the caller's session: its refresh token stops working at once.
   */
  logout(argument: _redoubt_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _redoubt_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _redoubt_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _redoubt_v1_LogoutRequest, callback: grpc.requestCallback<_redoubt_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Trades a refresh token for new tokens; the old refresh token is spent.
   */
  Refresh(argument: _redoubt_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _redoubt_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _redoubt_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _redoubt_v1_RefreshRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  /**
   * Trades a refresh token for new tokens; the old refresh token is spent.
   */
  refresh(argument: _redoubt_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  refresh(argument: _redoubt_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  refresh(argument: _redoubt_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  refresh(argument: _redoubt_v1_RefreshRequest, callback: grpc.requestCallback<_redoubt_v1_Tokens__Output>): grpc.ClientUnaryCall;
  
  /**
   * Mails a password reset token, if the address belongs to an account (the answer is the same either way).
   */
  RequestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Mails a password reset token, if the address belongs to an account (the answer is the same either way).
   */
  requestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _redoubt_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_redoubt_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets a new password with a reset token; every session of the account is ended.
   */
  ResetPassword(argument: _redoubt_v1_ResetPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _redoubt_v1_ResetPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _redoubt_v1_ResetPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetPassword(argument: _redoubt_v1_ResetPasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sets a new password with a reset token; every session of the account is ended.
   */
  resetPassword(argument: _redoubt_v1_ResetPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _redoubt_v1_ResetPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _redoubt_v1_ResetPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetPassword(argument: _redoubt_v1_ResetPasswordRequest, callback: grpc.requestCallback<_redoubt_v1_ResetPasswordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ends every session of the caller's account.
   */
  RevokeAll(argument: _redoubt_v1_RevokeAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  RevokeAll(argument: _redoubt_v1_RevokeAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  RevokeAll(argument: _redoubt_v1_RevokeAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  RevokeAll(argument: _redoubt_v1_RevokeAllRequest, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ends every session of the caller's account.
   */
  revokeAll(argument: _redoubt_v1_RevokeAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  revokeAll(argument: _redoubt_v1_RevokeAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  revokeAll(argument: _redoubt_v1_RevokeAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  revokeAll(argument: _redoubt_v1_RevokeAllRequest, callback: grpc.requestCallback<_redoubt_v1_RevokeAllResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an account and sends an email verification token.
   */
  SignUp(argument: _redoubt_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _redoubt_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _redoubt_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _redoubt_v1_SignUpRequest, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an account and sends an email verification token.
   */
  signUp(argument: _redoubt_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _redoubt_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _redoubt_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _redoubt_v1_SignUpRequest, callback: grpc.requestCallback<_redoubt_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Confirms an account's email address with the token that was mailed to it.
   */
  VerifyEmail(argument: _redoubt_v1_VerifyEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _redoubt_v1_VerifyEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _redoubt_v1_VerifyEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _redoubt_v1_VerifyEmailRequest, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Confirms an account's email address with the token that was mailed to it.
   */
  verifyEmail(argument: _redoubt_v1_VerifyEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _redoubt_v1_VerifyEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _redoubt_v1_VerifyEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _redoubt_v1_VerifyEmailRequest, callback: grpc.requestCallback<_redoubt_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Accounts sign up, verify their email, and log in to sessions.
 */
export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Changes the caller's password; every other session is ended.
   */
  ChangePassword: grpc.handleUnaryCall<_redoubt_v1_ChangePasswordRequest__Output, _redoubt_v1_ChangePasswordResponse>;
  
  /**
   * The public keys that verify access tokens (a JWK Set).
   */
  GetJwks: grpc.handleUnaryCall<_redoubt_v1_GetJwksRequest__Output, _redoubt_v1_GetJwksResponse>;
  
  /**
   * Logs in with email and password: a new session, an access token and a refresh token.
   */
  Login: grpc.handleUnaryCall<_redoubt_v1_LoginRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Ends the caller's session: its refresh token stops working at once.
   */
  Logout: grpc.handleUnaryCall<_redoubt_v1_LogoutRequest__Output, _redoubt_v1_LogoutResponse>;
  
  /**
   * Trades a refresh token for new tokens; the old refresh token is spent.
   */
  Refresh: grpc.handleUnaryCall<_redoubt_v1_RefreshRequest__Output, _redoubt_v1_Tokens>;
  
  /**
   * Mails a password reset token, if the address belongs to an account (the answer is the same either way).
   */
  RequestPasswordReset: grpc.handleUnaryCall<_redoubt_v1_RequestPasswordResetRequest__Output, _redoubt_v1_RequestPasswordResetResponse>;
  
  /**
   * Sets a new password with a reset token; every session of the account is ended.
   */
  ResetPassword: grpc.handleUnaryCall<_redoubt_v1_ResetPasswordRequest__Output, _redoubt_v1_ResetPasswordResponse>;
  
  /**
   * Ends every session of the caller's account.
   */
  RevokeAll: grpc.handleUnaryCall<_redoubt_v1_RevokeAllRequest__Output, _redoubt_v1_RevokeAllResponse>;
  
  /**
   * Creates an account and sends an email verification token.
   */
  SignUp: grpc.handleUnaryCall<_redoubt_v1_SignUpRequest__Output, _redoubt_v1_SignUpResponse>;
  
  /**
   * Confirms an account's email address with the token that was mailed to it.
   */
  VerifyEmail: grpc.handleUnaryCall<_redoubt_v1_VerifyEmailRequest__Output, _redoubt_v1_VerifyEmailResponse>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  ChangePassword: MethodDefinition<_redoubt_v1_ChangePasswordRequest, _redoubt_v1_ChangePasswordResponse, _redoubt_v1_ChangePasswordRequest__Output, _redoubt_v1_ChangePasswordResponse__Output>
  GetJwks: MethodDefinition<_redoubt_v1_GetJwksRequest, _redoubt_v1_GetJwksResponse, _redoubt_v1_GetJwksRequest__Output, _redoubt_v1_GetJwksResponse__Output>
  Login: MethodDefinition<_redoubt_v1_LoginRequest, _redoubt_v1_Tokens, _redoubt_v1_LoginRequest__Output, _redoubt_v1_Tokens__Output>
  Logout: MethodDefinition<_redoubt_v1_LogoutRequest, _redoubt_v1_LogoutResponse, _redoubt_v1_LogoutRequest__Output, _redoubt_v1_LogoutResponse__Output>
  Refresh: MethodDefinition<_redoubt_v1_RefreshRequest, _redoubt_v1_Tokens, _redoubt_v1_RefreshRequest__Output, _redoubt_v1_Tokens__Output>
  RequestPasswordReset: MethodDefinition<_redoubt_v1_RequestPasswordResetRequest, _redoubt_v1_RequestPasswordResetResponse, _redoubt_v1_RequestPasswordResetRequest__Output, _redoubt_v1_RequestPasswordResetResponse__Output>
  ResetPassword: MethodDefinition<_redoubt_v1_ResetPasswordRequest, _redoubt_v1_ResetPasswordResponse, _redoubt_v1_ResetPasswordRequest__Output, _redoubt_v1_ResetPasswordResponse__Output>
  RevokeAll: MethodDefinition<_redoubt_v1_RevokeAllRequest, _redoubt_v1_RevokeAllResponse, _redoubt_v1_RevokeAllRequest__Output, _redoubt_v1_RevokeAllResponse__Output>
  SignUp: MethodDefinition<_redoubt_v1_SignUpRequest, _redoubt_v1_SignUpResponse, _redoubt_v1_SignUpRequest__Output, _redoubt_v1_SignUpResponse__Output>
  VerifyEmail: MethodDefinition<_redoubt_v1_VerifyEmailRequest, _redoubt_v1_VerifyEmailResponse, _redoubt_v1_VerifyEmailRequest__Output, _redoubt_v1_VerifyEmailResponse__Output>
}
