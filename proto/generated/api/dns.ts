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
import type { AddDnsDeviceRequest as _redoubt_v1_AddDnsDeviceRequest, AddDnsDeviceRequest__Output as _redoubt_v1_AddDnsDeviceRequest__Output } from './redoubt/v1/AddDnsDeviceRequest.js';
import type { AssuranceNeed as _redoubt_v1_AssuranceNeed, AssuranceNeed__Output as _redoubt_v1_AssuranceNeed__Output } from './redoubt/v1/AssuranceNeed.js';
import type { DnsDevice as _redoubt_v1_DnsDevice, DnsDevice__Output as _redoubt_v1_DnsDevice__Output } from './redoubt/v1/DnsDevice.js';
import type { DnsDeviceToken as _redoubt_v1_DnsDeviceToken, DnsDeviceToken__Output as _redoubt_v1_DnsDeviceToken__Output } from './redoubt/v1/DnsDeviceToken.js';
import type { DnsDevices as _redoubt_v1_DnsDevices, DnsDevices__Output as _redoubt_v1_DnsDevices__Output } from './redoubt/v1/DnsDevices.js';
import type { DnsGroup as _redoubt_v1_DnsGroup, DnsGroup__Output as _redoubt_v1_DnsGroup__Output } from './redoubt/v1/DnsGroup.js';
import type { DnsList as _redoubt_v1_DnsList, DnsList__Output as _redoubt_v1_DnsList__Output } from './redoubt/v1/DnsList.js';
import type { DnsRecord as _redoubt_v1_DnsRecord, DnsRecord__Output as _redoubt_v1_DnsRecord__Output } from './redoubt/v1/DnsRecord.js';
import type { DnsRule as _redoubt_v1_DnsRule, DnsRule__Output as _redoubt_v1_DnsRule__Output } from './redoubt/v1/DnsRule.js';
import type { DnsSchedule as _redoubt_v1_DnsSchedule, DnsSchedule__Output as _redoubt_v1_DnsSchedule__Output } from './redoubt/v1/DnsSchedule.js';
import type { DnsServiceClient as _redoubt_v1_DnsServiceClient, DnsServiceDefinition as _redoubt_v1_DnsServiceDefinition } from './redoubt/v1/DnsService.js';
import type { DnsSettings as _redoubt_v1_DnsSettings, DnsSettings__Output as _redoubt_v1_DnsSettings__Output } from './redoubt/v1/DnsSettings.js';
import type { DnsTargetRule as _redoubt_v1_DnsTargetRule, DnsTargetRule__Output as _redoubt_v1_DnsTargetRule__Output } from './redoubt/v1/DnsTargetRule.js';
import type { DnsZone as _redoubt_v1_DnsZone, DnsZone__Output as _redoubt_v1_DnsZone__Output } from './redoubt/v1/DnsZone.js';
import type { FieldRules as _redoubt_v1_FieldRules, FieldRules__Output as _redoubt_v1_FieldRules__Output } from './redoubt/v1/FieldRules.js';
import type { GetDnsSettingsRequest as _redoubt_v1_GetDnsSettingsRequest, GetDnsSettingsRequest__Output as _redoubt_v1_GetDnsSettingsRequest__Output } from './redoubt/v1/GetDnsSettingsRequest.js';
import type { LeakEntry as _redoubt_v1_LeakEntry, LeakEntry__Output as _redoubt_v1_LeakEntry__Output } from './redoubt/v1/LeakEntry.js';
import type { LeakReport as _redoubt_v1_LeakReport, LeakReport__Output as _redoubt_v1_LeakReport__Output } from './redoubt/v1/LeakReport.js';
import type { LeakReportRequest as _redoubt_v1_LeakReportRequest, LeakReportRequest__Output as _redoubt_v1_LeakReportRequest__Output } from './redoubt/v1/LeakReportRequest.js';
import type { ListDnsDevicesRequest as _redoubt_v1_ListDnsDevicesRequest, ListDnsDevicesRequest__Output as _redoubt_v1_ListDnsDevicesRequest__Output } from './redoubt/v1/ListDnsDevicesRequest.js';
import type { RemoveDnsZoneRequest as _redoubt_v1_RemoveDnsZoneRequest, RemoveDnsZoneRequest__Output as _redoubt_v1_RemoveDnsZoneRequest__Output } from './redoubt/v1/RemoveDnsZoneRequest.js';
import type { RevokeDnsDeviceRequest as _redoubt_v1_RevokeDnsDeviceRequest, RevokeDnsDeviceRequest__Output as _redoubt_v1_RevokeDnsDeviceRequest__Output } from './redoubt/v1/RevokeDnsDeviceRequest.js';
import type { RevokeDnsDeviceResponse as _redoubt_v1_RevokeDnsDeviceResponse, RevokeDnsDeviceResponse__Output as _redoubt_v1_RevokeDnsDeviceResponse__Output } from './redoubt/v1/RevokeDnsDeviceResponse.js';
import type { SecurityCheck as _redoubt_v1_SecurityCheck, SecurityCheck__Output as _redoubt_v1_SecurityCheck__Output } from './redoubt/v1/SecurityCheck.js';
import type { SecurityStatusReply as _redoubt_v1_SecurityStatusReply, SecurityStatusReply__Output as _redoubt_v1_SecurityStatusReply__Output } from './redoubt/v1/SecurityStatusReply.js';
import type { SecurityStatusRequest as _redoubt_v1_SecurityStatusRequest, SecurityStatusRequest__Output as _redoubt_v1_SecurityStatusRequest__Output } from './redoubt/v1/SecurityStatusRequest.js';
import type { SetDnsGroupRequest as _redoubt_v1_SetDnsGroupRequest, SetDnsGroupRequest__Output as _redoubt_v1_SetDnsGroupRequest__Output } from './redoubt/v1/SetDnsGroupRequest.js';
import type { SetDnsNetworksRequest as _redoubt_v1_SetDnsNetworksRequest, SetDnsNetworksRequest__Output as _redoubt_v1_SetDnsNetworksRequest__Output } from './redoubt/v1/SetDnsNetworksRequest.js';
import type { SetDnsRuleRequest as _redoubt_v1_SetDnsRuleRequest, SetDnsRuleRequest__Output as _redoubt_v1_SetDnsRuleRequest__Output } from './redoubt/v1/SetDnsRuleRequest.js';
import type { SetDnsZoneRequest as _redoubt_v1_SetDnsZoneRequest, SetDnsZoneRequest__Output as _redoubt_v1_SetDnsZoneRequest__Output } from './redoubt/v1/SetDnsZoneRequest.js';
import type { StartSecurityCheckRequest as _redoubt_v1_StartSecurityCheckRequest, StartSecurityCheckRequest__Output as _redoubt_v1_StartSecurityCheckRequest__Output } from './redoubt/v1/StartSecurityCheckRequest.js';

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
      AddDnsDeviceRequest: MessageTypeDefinition<_redoubt_v1_AddDnsDeviceRequest, _redoubt_v1_AddDnsDeviceRequest__Output>
      AssuranceNeed: MessageTypeDefinition<_redoubt_v1_AssuranceNeed, _redoubt_v1_AssuranceNeed__Output>
      DnsDevice: MessageTypeDefinition<_redoubt_v1_DnsDevice, _redoubt_v1_DnsDevice__Output>
      DnsDeviceToken: MessageTypeDefinition<_redoubt_v1_DnsDeviceToken, _redoubt_v1_DnsDeviceToken__Output>
      DnsDevices: MessageTypeDefinition<_redoubt_v1_DnsDevices, _redoubt_v1_DnsDevices__Output>
      DnsGroup: MessageTypeDefinition<_redoubt_v1_DnsGroup, _redoubt_v1_DnsGroup__Output>
      DnsList: MessageTypeDefinition<_redoubt_v1_DnsList, _redoubt_v1_DnsList__Output>
      DnsRecord: MessageTypeDefinition<_redoubt_v1_DnsRecord, _redoubt_v1_DnsRecord__Output>
      DnsRule: MessageTypeDefinition<_redoubt_v1_DnsRule, _redoubt_v1_DnsRule__Output>
      DnsSchedule: MessageTypeDefinition<_redoubt_v1_DnsSchedule, _redoubt_v1_DnsSchedule__Output>
      DnsService: SubtypeConstructor<typeof grpc.Client, _redoubt_v1_DnsServiceClient> & { service: _redoubt_v1_DnsServiceDefinition }
      DnsSettings: MessageTypeDefinition<_redoubt_v1_DnsSettings, _redoubt_v1_DnsSettings__Output>
      DnsTargetRule: MessageTypeDefinition<_redoubt_v1_DnsTargetRule, _redoubt_v1_DnsTargetRule__Output>
      DnsZone: MessageTypeDefinition<_redoubt_v1_DnsZone, _redoubt_v1_DnsZone__Output>
      FieldRules: MessageTypeDefinition<_redoubt_v1_FieldRules, _redoubt_v1_FieldRules__Output>
      GetDnsSettingsRequest: MessageTypeDefinition<_redoubt_v1_GetDnsSettingsRequest, _redoubt_v1_GetDnsSettingsRequest__Output>
      LeakEntry: MessageTypeDefinition<_redoubt_v1_LeakEntry, _redoubt_v1_LeakEntry__Output>
      LeakReport: MessageTypeDefinition<_redoubt_v1_LeakReport, _redoubt_v1_LeakReport__Output>
      LeakReportRequest: MessageTypeDefinition<_redoubt_v1_LeakReportRequest, _redoubt_v1_LeakReportRequest__Output>
      ListDnsDevicesRequest: MessageTypeDefinition<_redoubt_v1_ListDnsDevicesRequest, _redoubt_v1_ListDnsDevicesRequest__Output>
      RemoveDnsZoneRequest: MessageTypeDefinition<_redoubt_v1_RemoveDnsZoneRequest, _redoubt_v1_RemoveDnsZoneRequest__Output>
      RevokeDnsDeviceRequest: MessageTypeDefinition<_redoubt_v1_RevokeDnsDeviceRequest, _redoubt_v1_RevokeDnsDeviceRequest__Output>
      RevokeDnsDeviceResponse: MessageTypeDefinition<_redoubt_v1_RevokeDnsDeviceResponse, _redoubt_v1_RevokeDnsDeviceResponse__Output>
      Role: EnumTypeDefinition
      Scope: EnumTypeDefinition
      SecurityCheck: MessageTypeDefinition<_redoubt_v1_SecurityCheck, _redoubt_v1_SecurityCheck__Output>
      SecurityStatusReply: MessageTypeDefinition<_redoubt_v1_SecurityStatusReply, _redoubt_v1_SecurityStatusReply__Output>
      SecurityStatusRequest: MessageTypeDefinition<_redoubt_v1_SecurityStatusRequest, _redoubt_v1_SecurityStatusRequest__Output>
      SetDnsGroupRequest: MessageTypeDefinition<_redoubt_v1_SetDnsGroupRequest, _redoubt_v1_SetDnsGroupRequest__Output>
      SetDnsNetworksRequest: MessageTypeDefinition<_redoubt_v1_SetDnsNetworksRequest, _redoubt_v1_SetDnsNetworksRequest__Output>
      SetDnsRuleRequest: MessageTypeDefinition<_redoubt_v1_SetDnsRuleRequest, _redoubt_v1_SetDnsRuleRequest__Output>
      SetDnsZoneRequest: MessageTypeDefinition<_redoubt_v1_SetDnsZoneRequest, _redoubt_v1_SetDnsZoneRequest__Output>
      StartSecurityCheckRequest: MessageTypeDefinition<_redoubt_v1_StartSecurityCheckRequest, _redoubt_v1_StartSecurityCheckRequest__Output>
    }
  }
}

