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
import type { AddProjectMemberRequest as _redoubt_v1_AddProjectMemberRequest, AddProjectMemberRequest__Output as _redoubt_v1_AddProjectMemberRequest__Output } from './redoubt/v1/AddProjectMemberRequest.js';
import type { AssuranceNeed as _redoubt_v1_AssuranceNeed, AssuranceNeed__Output as _redoubt_v1_AssuranceNeed__Output } from './redoubt/v1/AssuranceNeed.js';
import type { ConfigureBoardRequest as _redoubt_v1_ConfigureBoardRequest, ConfigureBoardRequest__Output as _redoubt_v1_ConfigureBoardRequest__Output } from './redoubt/v1/ConfigureBoardRequest.js';
import type { CreateProjectRequest as _redoubt_v1_CreateProjectRequest, CreateProjectRequest__Output as _redoubt_v1_CreateProjectRequest__Output } from './redoubt/v1/CreateProjectRequest.js';
import type { FieldRules as _redoubt_v1_FieldRules, FieldRules__Output as _redoubt_v1_FieldRules__Output } from './redoubt/v1/FieldRules.js';
import type { GetProjectRequest as _redoubt_v1_GetProjectRequest, GetProjectRequest__Output as _redoubt_v1_GetProjectRequest__Output } from './redoubt/v1/GetProjectRequest.js';
import type { ListProjectsRequest as _redoubt_v1_ListProjectsRequest, ListProjectsRequest__Output as _redoubt_v1_ListProjectsRequest__Output } from './redoubt/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _redoubt_v1_ListProjectsResponse, ListProjectsResponse__Output as _redoubt_v1_ListProjectsResponse__Output } from './redoubt/v1/ListProjectsResponse.js';
import type { Project as _redoubt_v1_Project, Project__Output as _redoubt_v1_Project__Output } from './redoubt/v1/Project.js';
import type { ProjectAssurance as _redoubt_v1_ProjectAssurance, ProjectAssurance__Output as _redoubt_v1_ProjectAssurance__Output } from './redoubt/v1/ProjectAssurance.js';
import type { ProjectEntry as _redoubt_v1_ProjectEntry, ProjectEntry__Output as _redoubt_v1_ProjectEntry__Output } from './redoubt/v1/ProjectEntry.js';
import type { ProjectServiceClient as _redoubt_v1_ProjectServiceClient, ProjectServiceDefinition as _redoubt_v1_ProjectServiceDefinition } from './redoubt/v1/ProjectService.js';
import type { RemoveProjectMemberRequest as _redoubt_v1_RemoveProjectMemberRequest, RemoveProjectMemberRequest__Output as _redoubt_v1_RemoveProjectMemberRequest__Output } from './redoubt/v1/RemoveProjectMemberRequest.js';
import type { SetProjectPolicyRequest as _redoubt_v1_SetProjectPolicyRequest, SetProjectPolicyRequest__Output as _redoubt_v1_SetProjectPolicyRequest__Output } from './redoubt/v1/SetProjectPolicyRequest.js';

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
      AddProjectMemberRequest: MessageTypeDefinition<_redoubt_v1_AddProjectMemberRequest, _redoubt_v1_AddProjectMemberRequest__Output>
      AssuranceNeed: MessageTypeDefinition<_redoubt_v1_AssuranceNeed, _redoubt_v1_AssuranceNeed__Output>
      ConfigureBoardRequest: MessageTypeDefinition<_redoubt_v1_ConfigureBoardRequest, _redoubt_v1_ConfigureBoardRequest__Output>
      CreateProjectRequest: MessageTypeDefinition<_redoubt_v1_CreateProjectRequest, _redoubt_v1_CreateProjectRequest__Output>
      FieldRules: MessageTypeDefinition<_redoubt_v1_FieldRules, _redoubt_v1_FieldRules__Output>
      GetProjectRequest: MessageTypeDefinition<_redoubt_v1_GetProjectRequest, _redoubt_v1_GetProjectRequest__Output>
      ListProjectsRequest: MessageTypeDefinition<_redoubt_v1_ListProjectsRequest, _redoubt_v1_ListProjectsRequest__Output>
      ListProjectsResponse: MessageTypeDefinition<_redoubt_v1_ListProjectsResponse, _redoubt_v1_ListProjectsResponse__Output>
      Project: MessageTypeDefinition<_redoubt_v1_Project, _redoubt_v1_Project__Output>
      ProjectAssurance: MessageTypeDefinition<_redoubt_v1_ProjectAssurance, _redoubt_v1_ProjectAssurance__Output>
      ProjectEntry: MessageTypeDefinition<_redoubt_v1_ProjectEntry, _redoubt_v1_ProjectEntry__Output>
      ProjectService: SubtypeConstructor<typeof grpc.Client, _redoubt_v1_ProjectServiceClient> & { service: _redoubt_v1_ProjectServiceDefinition }
      RemoveProjectMemberRequest: MessageTypeDefinition<_redoubt_v1_RemoveProjectMemberRequest, _redoubt_v1_RemoveProjectMemberRequest__Output>
      Role: EnumTypeDefinition
      Scope: EnumTypeDefinition
      SetProjectPolicyRequest: MessageTypeDefinition<_redoubt_v1_SetProjectPolicyRequest, _redoubt_v1_SetProjectPolicyRequest__Output>
    }
  }
}

