// Original file: redoubt/v1/project.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddProjectMemberRequest as _redoubt_v1_AddProjectMemberRequest, AddProjectMemberRequest__Output as _redoubt_v1_AddProjectMemberRequest__Output } from '../../redoubt/v1/AddProjectMemberRequest.js';
import type { ConfigureBoardRequest as _redoubt_v1_ConfigureBoardRequest, ConfigureBoardRequest__Output as _redoubt_v1_ConfigureBoardRequest__Output } from '../../redoubt/v1/ConfigureBoardRequest.js';
import type { CreateProjectRequest as _redoubt_v1_CreateProjectRequest, CreateProjectRequest__Output as _redoubt_v1_CreateProjectRequest__Output } from '../../redoubt/v1/CreateProjectRequest.js';
import type { GetProjectRequest as _redoubt_v1_GetProjectRequest, GetProjectRequest__Output as _redoubt_v1_GetProjectRequest__Output } from '../../redoubt/v1/GetProjectRequest.js';
import type { ListProjectsRequest as _redoubt_v1_ListProjectsRequest, ListProjectsRequest__Output as _redoubt_v1_ListProjectsRequest__Output } from '../../redoubt/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _redoubt_v1_ListProjectsResponse, ListProjectsResponse__Output as _redoubt_v1_ListProjectsResponse__Output } from '../../redoubt/v1/ListProjectsResponse.js';
import type { Project as _redoubt_v1_Project, Project__Output as _redoubt_v1_Project__Output } from '../../redoubt/v1/Project.js';
import type { RemoveProjectMemberRequest as _redoubt_v1_RemoveProjectMemberRequest, RemoveProjectMemberRequest__Output as _redoubt_v1_RemoveProjectMemberRequest__Output } from '../../redoubt/v1/RemoveProjectMemberRequest.js';
import type { SetProjectPolicyRequest as _redoubt_v1_SetProjectPolicyRequest, SetProjectPolicyRequest__Output as _redoubt_v1_SetProjectPolicyRequest__Output } from '../../redoubt/v1/SetProjectPolicyRequest.js';

export interface ProjectServiceClient extends grpc.Client {
  /**
   * Adds an account to the project (or changes its role); externals follow the project's policy.
   */
  AddProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  AddProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  AddProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  AddProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Adds an account to the project (or changes its role); externals follow the project's policy.
   */
  addProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  addProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  addProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  addProjectMember(argument: _redoubt_v1_AddProjectMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets the columns of the project's kanban board.
   */
  ConfigureBoard(argument: _redoubt_v1_ConfigureBoardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  ConfigureBoard(argument: _redoubt_v1_ConfigureBoardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  ConfigureBoard(argument: _redoubt_v1_ConfigureBoardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  ConfigureBoard(argument: _redoubt_v1_ConfigureBoardRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Sets the columns of the project's kanban board.
   */
  configureBoard(argument: _redoubt_v1_ConfigureBoardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  configureBoard(argument: _redoubt_v1_ConfigureBoardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  configureBoard(argument: _redoubt_v1_ConfigureBoardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  configureBoard(argument: _redoubt_v1_ConfigureBoardRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a project in an org; its creator becomes its admin.
   */
  CreateProject(argument: _redoubt_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _redoubt_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _redoubt_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _redoubt_v1_CreateProjectRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a project in an org; its creator becomes its admin.
   */
  createProject(argument: _redoubt_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _redoubt_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _redoubt_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _redoubt_v1_CreateProjectRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * A project's name, board and policy.
   */
  GetProject(argument: _redoubt_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _redoubt_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _redoubt_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _redoubt_v1_GetProjectRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * A project's name, board and policy.
   */
  getProject(argument: _redoubt_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _redoubt_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _redoubt_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _redoubt_v1_GetProjectRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * The org's projects (members see them all; guests only through the projects they are in).
   */
  ListProjects(argument: _redoubt_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _redoubt_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _redoubt_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _redoubt_v1_ListProjectsRequest, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The org's projects (members see them all; guests only through the projects they are in).
   */
  listProjects(argument: _redoubt_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _redoubt_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _redoubt_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _redoubt_v1_ListProjectsRequest, callback: grpc.requestCallback<_redoubt_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes an account from the project.
   */
  RemoveProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Removes an account from the project.
   */
  removeProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  removeProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  removeProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  removeProjectMember(argument: _redoubt_v1_RemoveProjectMemberRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets how the project treats external members.
   */
  SetProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  SetProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  SetProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  SetProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Sets how the project treats external members.
   */
  setProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  setProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  setProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  setProjectPolicy(argument: _redoubt_v1_SetProjectPolicyRequest, callback: grpc.requestCallback<_redoubt_v1_Project__Output>): grpc.ClientUnaryCall;
  
}

export interface ProjectServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds an account to the project (or changes its role); externals follow the project's policy.
   */
  AddProjectMember: grpc.handleUnaryCall<_redoubt_v1_AddProjectMemberRequest__Output, _redoubt_v1_Project>;
  
  /**
   * Sets the columns of the project's kanban board.
   */
  ConfigureBoard: grpc.handleUnaryCall<_redoubt_v1_ConfigureBoardRequest__Output, _redoubt_v1_Project>;
  
  /**
   * Creates a project in an org; its creator becomes its admin.
   */
  CreateProject: grpc.handleUnaryCall<_redoubt_v1_CreateProjectRequest__Output, _redoubt_v1_Project>;
  
  /**
   * A project's name, board and policy.
   */
  GetProject: grpc.handleUnaryCall<_redoubt_v1_GetProjectRequest__Output, _redoubt_v1_Project>;
  
  /**
   * The org's projects (members see them all; guests only through the projects they are in).
   */
  ListProjects: grpc.handleUnaryCall<_redoubt_v1_ListProjectsRequest__Output, _redoubt_v1_ListProjectsResponse>;
  
  /**
   * Removes an account from the project.
   */
  RemoveProjectMember: grpc.handleUnaryCall<_redoubt_v1_RemoveProjectMemberRequest__Output, _redoubt_v1_Project>;
  
  /**
   * Sets how the project treats external members.
   */
  SetProjectPolicy: grpc.handleUnaryCall<_redoubt_v1_SetProjectPolicyRequest__Output, _redoubt_v1_Project>;
  
}

export interface ProjectServiceDefinition extends grpc.ServiceDefinition {
  AddProjectMember: MethodDefinition<_redoubt_v1_AddProjectMemberRequest, _redoubt_v1_Project, _redoubt_v1_AddProjectMemberRequest__Output, _redoubt_v1_Project__Output>
  ConfigureBoard: MethodDefinition<_redoubt_v1_ConfigureBoardRequest, _redoubt_v1_Project, _redoubt_v1_ConfigureBoardRequest__Output, _redoubt_v1_Project__Output>
  CreateProject: MethodDefinition<_redoubt_v1_CreateProjectRequest, _redoubt_v1_Project, _redoubt_v1_CreateProjectRequest__Output, _redoubt_v1_Project__Output>
  GetProject: MethodDefinition<_redoubt_v1_GetProjectRequest, _redoubt_v1_Project, _redoubt_v1_GetProjectRequest__Output, _redoubt_v1_Project__Output>
  ListProjects: MethodDefinition<_redoubt_v1_ListProjectsRequest, _redoubt_v1_ListProjectsResponse, _redoubt_v1_ListProjectsRequest__Output, _redoubt_v1_ListProjectsResponse__Output>
  RemoveProjectMember: MethodDefinition<_redoubt_v1_RemoveProjectMemberRequest, _redoubt_v1_Project, _redoubt_v1_RemoveProjectMemberRequest__Output, _redoubt_v1_Project__Output>
  SetProjectPolicy: MethodDefinition<_redoubt_v1_SetProjectPolicyRequest, _redoubt_v1_Project, _redoubt_v1_SetProjectPolicyRequest__Output, _redoubt_v1_Project__Output>
}
