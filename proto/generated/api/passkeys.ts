import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto.js';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions.js';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto.js';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions.js';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions.js';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet.js';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults.js';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto.js';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions.js';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto.js';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet.js';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions.js';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo.js';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions.js';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto.js';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions.js';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto.js';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions.js';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto.js';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions.js';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo.js';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption.js';
import type { Access as _redoubt_v1_Access, Access__Output as _redoubt_v1_Access__Output } from './redoubt/v1/Access.js';
import type { AssuranceNeed as _redoubt_v1_AssuranceNeed, AssuranceNeed__Output as _redoubt_v1_AssuranceNeed__Output } from './redoubt/v1/AssuranceNeed.js';
import type { AuthServiceClient as _redoubt_v1_AuthServiceClient, AuthServiceDefinition as _redoubt_v1_AuthServiceDefinition } from './redoubt/v1/AuthService.js';
import type { ChangePasswordRequest as _redoubt_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _redoubt_v1_ChangePasswordRequest__Output } from './redoubt/v1/ChangePasswordRequest.js';
import type { ChangePasswordResponse as _redoubt_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _redoubt_v1_ChangePasswordResponse__Output } from './redoubt/v1/ChangePasswordResponse.js';
import type { FieldRules as _redoubt_v1_FieldRules, FieldRules__Output as _redoubt_v1_FieldRules__Output } from './redoubt/v1/FieldRules.js';
import type { FinishPasskeyLoginRequest as _redoubt_v1_FinishPasskeyLoginRequest, FinishPasskeyLoginRequest__Output as _redoubt_v1_FinishPasskeyLoginRequest__Output } from './redoubt/v1/FinishPasskeyLoginRequest.js';
import type { FinishPasskeyRegistrationRequest as _redoubt_v1_FinishPasskeyRegistrationRequest, FinishPasskeyRegistrationRequest__Output as _redoubt_v1_FinishPasskeyRegistrationRequest__Output } from './redoubt/v1/FinishPasskeyRegistrationRequest.js';
import type { FinishPasskeyStepUpRequest as _redoubt_v1_FinishPasskeyStepUpRequest, FinishPasskeyStepUpRequest__Output as _redoubt_v1_FinishPasskeyStepUpRequest__Output } from './redoubt/v1/FinishPasskeyStepUpRequest.js';
import type { GetJwksRequest as _redoubt_v1_GetJwksRequest, GetJwksRequest__Output as _redoubt_v1_GetJwksRequest__Output } from './redoubt/v1/GetJwksRequest.js';
import type { GetJwksResponse as _redoubt_v1_GetJwksResponse, GetJwksResponse__Output as _redoubt_v1_GetJwksResponse__Output } from './redoubt/v1/GetJwksResponse.js';
import type { GetPasskeyPolicyRequest as _redoubt_v1_GetPasskeyPolicyRequest, GetPasskeyPolicyRequest__Output as _redoubt_v1_GetPasskeyPolicyRequest__Output } from './redoubt/v1/GetPasskeyPolicyRequest.js';
import type { ListPasskeysRequest as _redoubt_v1_ListPasskeysRequest, ListPasskeysRequest__Output as _redoubt_v1_ListPasskeysRequest__Output } from './redoubt/v1/ListPasskeysRequest.js';
import type { LoginRequest as _redoubt_v1_LoginRequest, LoginRequest__Output as _redoubt_v1_LoginRequest__Output } from './redoubt/v1/LoginRequest.js';
import type { LogoutRequest as _redoubt_v1_LogoutRequest, LogoutRequest__Output as _redoubt_v1_LogoutRequest__Output } from './redoubt/v1/LogoutRequest.js';
import type { LogoutResponse as _redoubt_v1_LogoutResponse, LogoutResponse__Output as _redoubt_v1_LogoutResponse__Output } from './redoubt/v1/LogoutResponse.js';
import type { Passkey as _redoubt_v1_Passkey, Passkey__Output as _redoubt_v1_Passkey__Output } from './redoubt/v1/Passkey.js';
import type { PasskeyOptions as _redoubt_v1_PasskeyOptions, PasskeyOptions__Output as _redoubt_v1_PasskeyOptions__Output } from './redoubt/v1/PasskeyOptions.js';
import type { PasskeyPolicy as _redoubt_v1_PasskeyPolicy, PasskeyPolicy__Output as _redoubt_v1_PasskeyPolicy__Output } from './redoubt/v1/PasskeyPolicy.js';
import type { PasskeyRegistered as _redoubt_v1_PasskeyRegistered, PasskeyRegistered__Output as _redoubt_v1_PasskeyRegistered__Output } from './redoubt/v1/PasskeyRegistered.js';
import type { PasskeyServiceClient as _redoubt_v1_PasskeyServiceClient, PasskeyServiceDefinition as _redoubt_v1_PasskeyServiceDefinition } from './redoubt/v1/PasskeyService.js';
import type { Passkeys as _redoubt_v1_Passkeys, Passkeys__Output as _redoubt_v1_Passkeys__Output } from './redoubt/v1/Passkeys.js';
import type { RefreshRequest as _redoubt_v1_RefreshRequest, RefreshRequest__Output as _redoubt_v1_RefreshRequest__Output } from './redoubt/v1/RefreshRequest.js';
import type { RemovePasskeyRequest as _redoubt_v1_RemovePasskeyRequest, RemovePasskeyRequest__Output as _redoubt_v1_RemovePasskeyRequest__Output } from './redoubt/v1/RemovePasskeyRequest.js';
import type { RemovePasskeyResponse as _redoubt_v1_RemovePasskeyResponse, RemovePasskeyResponse__Output as _redoubt_v1_RemovePasskeyResponse__Output } from './redoubt/v1/RemovePasskeyResponse.js';
import type { RenamePasskeyRequest as _redoubt_v1_RenamePasskeyRequest, RenamePasskeyRequest__Output as _redoubt_v1_RenamePasskeyRequest__Output } from './redoubt/v1/RenamePasskeyRequest.js';
import type { RenamePasskeyResponse as _redoubt_v1_RenamePasskeyResponse, RenamePasskeyResponse__Output as _redoubt_v1_RenamePasskeyResponse__Output } from './redoubt/v1/RenamePasskeyResponse.js';
import type { RequestPasswordResetRequest as _redoubt_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _redoubt_v1_RequestPasswordResetRequest__Output } from './redoubt/v1/RequestPasswordResetRequest.js';
import type { RequestPasswordResetResponse as _redoubt_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _redoubt_v1_RequestPasswordResetResponse__Output } from './redoubt/v1/RequestPasswordResetResponse.js';
import type { ResetPasswordRequest as _redoubt_v1_ResetPasswordRequest, ResetPasswordRequest__Output as _redoubt_v1_ResetPasswordRequest__Output } from './redoubt/v1/ResetPasswordRequest.js';
import type { ResetPasswordResponse as _redoubt_v1_ResetPasswordResponse, ResetPasswordResponse__Output as _redoubt_v1_ResetPasswordResponse__Output } from './redoubt/v1/ResetPasswordResponse.js';
import type { RevokeAllRequest as _redoubt_v1_RevokeAllRequest, RevokeAllRequest__Output as _redoubt_v1_RevokeAllRequest__Output } from './redoubt/v1/RevokeAllRequest.js';
import type { RevokeAllResponse as _redoubt_v1_RevokeAllResponse, RevokeAllResponse__Output as _redoubt_v1_RevokeAllResponse__Output } from './redoubt/v1/RevokeAllResponse.js';
import type { SetPasskeyPolicyRequest as _redoubt_v1_SetPasskeyPolicyRequest, SetPasskeyPolicyRequest__Output as _redoubt_v1_SetPasskeyPolicyRequest__Output } from './redoubt/v1/SetPasskeyPolicyRequest.js';
import type { SignUpRequest as _redoubt_v1_SignUpRequest, SignUpRequest__Output as _redoubt_v1_SignUpRequest__Output } from './redoubt/v1/SignUpRequest.js';
import type { SignUpResponse as _redoubt_v1_SignUpResponse, SignUpResponse__Output as _redoubt_v1_SignUpResponse__Output } from './redoubt/v1/SignUpResponse.js';
import type { StartPasskeyLoginRequest as _redoubt_v1_StartPasskeyLoginRequest, StartPasskeyLoginRequest__Output as _redoubt_v1_StartPasskeyLoginRequest__Output } from './redoubt/v1/StartPasskeyLoginRequest.js';
import type { StartPasskeyRegistrationRequest as _redoubt_v1_StartPasskeyRegistrationRequest, StartPasskeyRegistrationRequest__Output as _redoubt_v1_StartPasskeyRegistrationRequest__Output } from './redoubt/v1/StartPasskeyRegistrationRequest.js';
import type { StartPasskeyStepUpRequest as _redoubt_v1_StartPasskeyStepUpRequest, StartPasskeyStepUpRequest__Output as _redoubt_v1_StartPasskeyStepUpRequest__Output } from './redoubt/v1/StartPasskeyStepUpRequest.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from './redoubt/v1/Tokens.js';
import type { UsedFactor as _redoubt_v1_UsedFactor, UsedFactor__Output as _redoubt_v1_UsedFactor__Output } from './redoubt/v1/UsedFactor.js';
import type { VerifyEmailRequest as _redoubt_v1_VerifyEmailRequest, VerifyEmailRequest__Output as _redoubt_v1_VerifyEmailRequest__Output } from './redoubt/v1/VerifyEmailRequest.js';
import type { VerifyEmailResponse as _redoubt_v1_VerifyEmailResponse, VerifyEmailResponse__Output as _redoubt_v1_VerifyEmailResponse__Output } from './redoubt/v1/VerifyEmailResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  redoubt: {
    v1: {
      Access: MessageTypeDefinition<_redoubt_v1_Access, _redoubt_v1_Access__Output>
      AssuranceNeed: MessageTypeDefinition<_redoubt_v1_AssuranceNeed, _redoubt_v1_AssuranceNeed__Output>
      /**
       * Accounts sign up, verify their email, and log in to sessions.
       */
      AuthService: SubtypeConstructor<typeof grpc.Client, _redoubt_v1_AuthServiceClient> & { service: _redoubt_v1_AuthServiceDefinition }
      ChangePasswordRequest: MessageTypeDefinition<_redoubt_v1_ChangePasswordRequest, _redoubt_v1_ChangePasswordRequest__Output>
      ChangePasswordResponse: MessageTypeDefinition<_redoubt_v1_ChangePasswordResponse, _redoubt_v1_ChangePasswordResponse__Output>
      FieldRules: MessageTypeDefinition<_redoubt_v1_FieldRules, _redoubt_v1_FieldRules__Output>
      FinishPasskeyLoginRequest: MessageTypeDefinition<_redoubt_v1_FinishPasskeyLoginRequest, _redoubt_v1_FinishPasskeyLoginRequest__Output>
      FinishPasskeyRegistrationRequest: MessageTypeDefinition<_redoubt_v1_FinishPasskeyRegistrationRequest, _redoubt_v1_FinishPasskeyRegistrationRequest__Output>
      FinishPasskeyStepUpRequest: MessageTypeDefinition<_redoubt_v1_FinishPasskeyStepUpRequest, _redoubt_v1_FinishPasskeyStepUpRequest__Output>
      GetJwksRequest: MessageTypeDefinition<_redoubt_v1_GetJwksRequest, _redoubt_v1_GetJwksRequest__Output>
      GetJwksResponse: MessageTypeDefinition<_redoubt_v1_GetJwksResponse, _redoubt_v1_GetJwksResponse__Output>
      GetPasskeyPolicyRequest: MessageTypeDefinition<_redoubt_v1_GetPasskeyPolicyRequest, _redoubt_v1_GetPasskeyPolicyRequest__Output>
      ListPasskeysRequest: MessageTypeDefinition<_redoubt_v1_ListPasskeysRequest, _redoubt_v1_ListPasskeysRequest__Output>
      LoginRequest: MessageTypeDefinition<_redoubt_v1_LoginRequest, _redoubt_v1_LoginRequest__Output>
      LogoutRequest: MessageTypeDefinition<_redoubt_v1_LogoutRequest, _redoubt_v1_LogoutRequest__Output>
      LogoutResponse: MessageTypeDefinition<_redoubt_v1_LogoutResponse, _redoubt_v1_LogoutResponse__Output>
      Passkey: MessageTypeDefinition<_redoubt_v1_Passkey, _redoubt_v1_Passkey__Output>
      PasskeyOptions: MessageTypeDefinition<_redoubt_v1_PasskeyOptions, _redoubt_v1_PasskeyOptions__Output>
      PasskeyPolicy: MessageTypeDefinition<_redoubt_v1_PasskeyPolicy, _redoubt_v1_PasskeyPolicy__Output>
      PasskeyRegistered: MessageTypeDefinition<_redoubt_v1_PasskeyRegistered, _redoubt_v1_PasskeyRegistered__Output>
      PasskeyService: SubtypeConstructor<typeof grpc.Client, _redoubt_v1_PasskeyServiceClient> & { service: _redoubt_v1_PasskeyServiceDefinition }
      Passkeys: MessageTypeDefinition<_redoubt_v1_Passkeys, _redoubt_v1_Passkeys__Output>
      RefreshRequest: MessageTypeDefinition<_redoubt_v1_RefreshRequest, _redoubt_v1_RefreshRequest__Output>
      RemovePasskeyRequest: MessageTypeDefinition<_redoubt_v1_RemovePasskeyRequest, _redoubt_v1_RemovePasskeyRequest__Output>
      RemovePasskeyResponse: MessageTypeDefinition<_redoubt_v1_RemovePasskeyResponse, _redoubt_v1_RemovePasskeyResponse__Output>
      RenamePasskeyRequest: MessageTypeDefinition<_redoubt_v1_RenamePasskeyRequest, _redoubt_v1_RenamePasskeyRequest__Output>
      RenamePasskeyResponse: MessageTypeDefinition<_redoubt_v1_RenamePasskeyResponse, _redoubt_v1_RenamePasskeyResponse__Output>
      RequestPasswordResetRequest: MessageTypeDefinition<_redoubt_v1_RequestPasswordResetRequest, _redoubt_v1_RequestPasswordResetRequest__Output>
      RequestPasswordResetResponse: MessageTypeDefinition<_redoubt_v1_RequestPasswordResetResponse, _redoubt_v1_RequestPasswordResetResponse__Output>
      ResetPasswordRequest: MessageTypeDefinition<_redoubt_v1_ResetPasswordRequest, _redoubt_v1_ResetPasswordRequest__Output>
      ResetPasswordResponse: MessageTypeDefinition<_redoubt_v1_ResetPasswordResponse, _redoubt_v1_ResetPasswordResponse__Output>
      RevokeAllRequest: MessageTypeDefinition<_redoubt_v1_RevokeAllRequest, _redoubt_v1_RevokeAllRequest__Output>
      RevokeAllResponse: MessageTypeDefinition<_redoubt_v1_RevokeAllResponse, _redoubt_v1_RevokeAllResponse__Output>
      Role: EnumTypeDefinition
      Scope: EnumTypeDefinition
      SetPasskeyPolicyRequest: MessageTypeDefinition<_redoubt_v1_SetPasskeyPolicyRequest, _redoubt_v1_SetPasskeyPolicyRequest__Output>
      SignUpRequest: MessageTypeDefinition<_redoubt_v1_SignUpRequest, _redoubt_v1_SignUpRequest__Output>
      SignUpResponse: MessageTypeDefinition<_redoubt_v1_SignUpResponse, _redoubt_v1_SignUpResponse__Output>
      StartPasskeyLoginRequest: MessageTypeDefinition<_redoubt_v1_StartPasskeyLoginRequest, _redoubt_v1_StartPasskeyLoginRequest__Output>
      StartPasskeyRegistrationRequest: MessageTypeDefinition<_redoubt_v1_StartPasskeyRegistrationRequest, _redoubt_v1_StartPasskeyRegistrationRequest__Output>
      StartPasskeyStepUpRequest: MessageTypeDefinition<_redoubt_v1_StartPasskeyStepUpRequest, _redoubt_v1_StartPasskeyStepUpRequest__Output>
      Tokens: MessageTypeDefinition<_redoubt_v1_Tokens, _redoubt_v1_Tokens__Output>
      UsedFactor: MessageTypeDefinition<_redoubt_v1_UsedFactor, _redoubt_v1_UsedFactor__Output>
      VerifyEmailRequest: MessageTypeDefinition<_redoubt_v1_VerifyEmailRequest, _redoubt_v1_VerifyEmailRequest__Output>
      VerifyEmailResponse: MessageTypeDefinition<_redoubt_v1_VerifyEmailResponse, _redoubt_v1_VerifyEmailResponse__Output>
    }
  }
}

