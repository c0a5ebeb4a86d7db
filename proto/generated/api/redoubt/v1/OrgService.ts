// Original file: redoubt/v1/org.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddMemberRequest as _redoubt_v1_AddMemberRequest, AddMemberRequest__Output as _redoubt_v1_AddMemberRequest__Output } from '../../redoubt/v1/AddMemberRequest.js';
import type { CreateOrgRequest as _redoubt_v1_CreateOrgRequest, CreateOrgRequest__Output as _redoubt_v1_CreateOrgRequest__Output } from '../../redoubt/v1/CreateOrgRequest.js';
import type { GetOrgRequest as _redoubt_v1_GetOrgRequest, GetOrgRequest__Output as _redoubt_v1_GetOrgRequest__Output } from '../../redoubt/v1/GetOrgRequest.js';
import type { ListMembersRequest as _redoubt_v1_ListMembersRequest, ListMembersRequest__Output as _redoubt_v1_ListMembersRequest__Output } from '../../redoubt/v1/ListMembersRequest.js';
import type { ListMembersResponse as _redoubt_v1_ListMembersResponse, ListMembersResponse__Output as _redoubt_v1_ListMembersResponse__Output } from '../../redoubt/v1/ListMembersResponse.js';
import type { Member as _redoubt_v1_Member, Member__Output as _redoubt_v1_Member__Output } from '../../redoubt/v1/Member.js';
import type { Org as _redoubt_v1_Org, Org__Output as _redoubt_v1_Org__Output } from '../../redoubt/v1/Org.js';
import type { RemoveMemberRequest as _redoubt_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _redoubt_v1_RemoveMemberRequest__Output } from '../../redoubt/v1/RemoveMemberRequest.js';
import type { RemoveMemberResponse as _redoubt_v1_RemoveMemberResponse, RemoveMemberResponse__Output as _redoubt_v1_RemoveMemberResponse__Output } from '../../redoubt/v1/RemoveMemberResponse.js';
import type { UpdateOrgRequest as _redoubt_v1_UpdateOrgRequest, UpdateOrgRequest__Output as _redoubt_v1_UpdateOrgRequest__Output } from '../../redoubt/v1/UpdateOrgRequest.js';
import type { UpdateOrgSettingsRequest as _redoubt_v1_UpdateOrgSettingsRequest, UpdateOrgSettingsRequest__Output as _redoubt_v1_UpdateOrgSettingsRequest__Output } from '../../redoubt/v1/UpdateOrgSettingsRequest.js';

export interface OrgServiceClient extends grpc.Client {
  /**
   * Adds an account to the org with a role (or changes its role).
   */
  AddMember(argument: _redoubt_v1_AddMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  AddMember(argument: _redoubt_v1_AddMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  AddMember(argument: _redoubt_v1_AddMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  AddMember(argument: _redoubt_v1_AddMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  /**
   * Adds an account to the org with a role (or changes its role).
   */
  addMember(argument: _redoubt_v1_AddMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  addMember(argument: _redoubt_v1_AddMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  addMember(argument: _redoubt_v1_AddMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  addMember(argument: _redoubt_v1_AddMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Member__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an org pinned to a home region, with its first admin.
   */
  CreateOrg(argument: _redoubt_v1_CreateOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  CreateOrg(argument: _redoubt_v1_CreateOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  CreateOrg(argument: _redoubt_v1_CreateOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  CreateOrg(argument: _redoubt_v1_CreateOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an org pinned to a home region, with its first admin.
   */
  createOrg(argument: _redoubt_v1_CreateOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  createOrg(argument: _redoubt_v1_CreateOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  createOrg(argument: _redoubt_v1_CreateOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  createOrg(argument: _redoubt_v1_CreateOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  
  /**
   * An org's name, home region and settings.
   */
  GetOrg(argument: _redoubt_v1_GetOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  GetOrg(argument: _redoubt_v1_GetOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  GetOrg(argument: _redoubt_v1_GetOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  GetOrg(argument: _redoubt_v1_GetOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  /**
   * An org's name, home region and settings.
   */
  getOrg(argument: _redoubt_v1_GetOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  getOrg(argument: _redoubt_v1_GetOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  getOrg(argument: _redoubt_v1_GetOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  getOrg(argument: _redoubt_v1_GetOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  
  /**
   * Everyone in the org, with their roles.
   */
  ListMembers(argument: _redoubt_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _redoubt_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _redoubt_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMembers(argument: _redoubt_v1_ListMembersRequest, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Everyone in the org, with their roles.
   */
  listMembers(argument: _redoubt_v1_ListMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _redoubt_v1_ListMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _redoubt_v1_ListMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  listMembers(argument: _redoubt_v1_ListMembersRequest, callback: grpc.requestCallback<_redoubt_v1_ListMembersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes an account from the org.
   */
  RemoveMember(argument: _redoubt_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _redoubt_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _redoubt_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _redoubt_v1_RemoveMemberRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes an account from the org.
   */
  removeMember(argument: _redoubt_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _redoubt_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _redoubt_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _redoubt_v1_RemoveMemberRequest, callback: grpc.requestCallback<_redoubt_v1_RemoveMemberResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Renames the org.
   */
  UpdateOrg(argument: _redoubt_v1_UpdateOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrg(argument: _redoubt_v1_UpdateOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrg(argument: _redoubt_v1_UpdateOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrg(argument: _redoubt_v1_UpdateOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  /**
   * Renames the org.
   */
  updateOrg(argument: _redoubt_v1_UpdateOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrg(argument: _redoubt_v1_UpdateOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrg(argument: _redoubt_v1_UpdateOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrg(argument: _redoubt_v1_UpdateOrgRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets the org's settings: the policy its new projects start with.
   */
  UpdateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  UpdateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  /**
   * Sets the org's settings: the policy its new projects start with.
   */
  updateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  updateOrgSettings(argument: _redoubt_v1_UpdateOrgSettingsRequest, callback: grpc.requestCallback<_redoubt_v1_Org__Output>): grpc.ClientUnaryCall;
  
}

export interface OrgServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds an account to the org with a role (or changes its role).
   */
  AddMember: grpc.handleUnaryCall<_redoubt_v1_AddMemberRequest__Output, _redoubt_v1_Member>;
  
  /**
   * Creates an org pinned to a home region, with its first admin.
   */
  CreateOrg: grpc.handleUnaryCall<_redoubt_v1_CreateOrgRequest__Output, _redoubt_v1_Org>;
  
  /**
   * An org's name, home region and settings.
   */
  GetOrg: grpc.handleUnaryCall<_redoubt_v1_GetOrgRequest__Output, _redoubt_v1_Org>;
  
  /**
   * Everyone in the org, with their roles.
   */
  ListMembers: grpc.handleUnaryCall<_redoubt_v1_ListMembersRequest__Output, _redoubt_v1_ListMembersResponse>;
  
  /**
   * Removes an account from the org.
   */
  RemoveMember: grpc.handleUnaryCall<_redoubt_v1_RemoveMemberRequest__Output, _redoubt_v1_RemoveMemberResponse>;
  
  /**
   * Renames the org.
   */
  UpdateOrg: grpc.handleUnaryCall<_redoubt_v1_UpdateOrgRequest__Output, _redoubt_v1_Org>;
  
  /**
   * Sets the org's settings: the policy its new projects start with.
   */
  UpdateOrgSettings: grpc.handleUnaryCall<_redoubt_v1_UpdateOrgSettingsRequest__Output, _redoubt_v1_Org>;
  
}

export interface OrgServiceDefinition extends grpc.ServiceDefinition {
  AddMember: MethodDefinition<_redoubt_v1_AddMemberRequest, _redoubt_v1_Member, _redoubt_v1_AddMemberRequest__Output, _redoubt_v1_Member__Output>
  CreateOrg: MethodDefinition<_redoubt_v1_CreateOrgRequest, _redoubt_v1_Org, _redoubt_v1_CreateOrgRequest__Output, _redoubt_v1_Org__Output>
  GetOrg: MethodDefinition<_redoubt_v1_GetOrgRequest, _redoubt_v1_Org, _redoubt_v1_GetOrgRequest__Output, _redoubt_v1_Org__Output>
  ListMembers: MethodDefinition<_redoubt_v1_ListMembersRequest, _redoubt_v1_ListMembersResponse, _redoubt_v1_ListMembersRequest__Output, _redoubt_v1_ListMembersResponse__Output>
  RemoveMember: MethodDefinition<_redoubt_v1_RemoveMemberRequest, _redoubt_v1_RemoveMemberResponse, _redoubt_v1_RemoveMemberRequest__Output, _redoubt_v1_RemoveMemberResponse__Output>
  UpdateOrg: MethodDefinition<_redoubt_v1_UpdateOrgRequest, _redoubt_v1_Org, _redoubt_v1_UpdateOrgRequest__Output, _redoubt_v1_Org__Output>
  UpdateOrgSettings: MethodDefinition<_redoubt_v1_UpdateOrgSettingsRequest, _redoubt_v1_Org, _redoubt_v1_UpdateOrgSettingsRequest__Output, _redoubt_v1_Org__Output>
}
