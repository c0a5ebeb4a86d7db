// Original file: redoubt/v1/dns.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddDnsDeviceRequest as _redoubt_v1_AddDnsDeviceRequest, AddDnsDeviceRequest__Output as _redoubt_v1_AddDnsDeviceRequest__Output } from '../../redoubt/v1/AddDnsDeviceRequest.js';
import type { DnsDeviceToken as _redoubt_v1_DnsDeviceToken, DnsDeviceToken__Output as _redoubt_v1_DnsDeviceToken__Output } from '../../redoubt/v1/DnsDeviceToken.js';
import type { DnsDevices as _redoubt_v1_DnsDevices, DnsDevices__Output as _redoubt_v1_DnsDevices__Output } from '../../redoubt/v1/DnsDevices.js';
import type { DnsSettings as _redoubt_v1_DnsSettings, DnsSettings__Output as _redoubt_v1_DnsSettings__Output } from '../../redoubt/v1/DnsSettings.js';
import type { GetDnsSettingsRequest as _redoubt_v1_GetDnsSettingsRequest, GetDnsSettingsRequest__Output as _redoubt_v1_GetDnsSettingsRequest__Output } from '../../redoubt/v1/GetDnsSettingsRequest.js';
import type { LeakReport as _redoubt_v1_LeakReport, LeakReport__Output as _redoubt_v1_LeakReport__Output } from '../../redoubt/v1/LeakReport.js';
import type { LeakReportRequest as _redoubt_v1_LeakReportRequest, LeakReportRequest__Output as _redoubt_v1_LeakReportRequest__Output } from '../../redoubt/v1/LeakReportRequest.js';
import type { ListDnsDevicesRequest as _redoubt_v1_ListDnsDevicesRequest, ListDnsDevicesRequest__Output as _redoubt_v1_ListDnsDevicesRequest__Output } from '../../redoubt/v1/ListDnsDevicesRequest.js';
import type { RemoveDnsZoneRequest as _redoubt_v1_RemoveDnsZoneRequest, RemoveDnsZoneRequest__Output as _redoubt_v1_RemoveDnsZoneRequest__Output } from '../../redoubt/v1/RemoveDnsZoneRequest.js';
import type { RevokeDnsDeviceRequest as _redoubt_v1_RevokeDnsDeviceRequest, RevokeDnsDeviceRequest__Output as _redoubt_v1_RevokeDnsDeviceRequest__Output } from '../../redoubt/v1/RevokeDnsDeviceRequest.js';
import type { RevokeDnsDeviceResponse as _redoubt_v1_RevokeDnsDeviceResponse, RevokeDnsDeviceResponse__Output as _redoubt_v1_RevokeDnsDeviceResponse__Output } from '../../redoubt/v1/RevokeDnsDeviceResponse.js';
import type { SecurityCheck as _redoubt_v1_SecurityCheck, SecurityCheck__Output as _redoubt_v1_SecurityCheck__Output } from '../../redoubt/v1/SecurityCheck.js';
import type { SecurityStatusReply as _redoubt_v1_SecurityStatusReply, SecurityStatusReply__Output as _redoubt_v1_SecurityStatusReply__Output } from '../../redoubt/v1/SecurityStatusReply.js';
import type { SecurityStatusRequest as _redoubt_v1_SecurityStatusRequest, SecurityStatusRequest__Output as _redoubt_v1_SecurityStatusRequest__Output } from '../../redoubt/v1/SecurityStatusRequest.js';
import type { SetDnsGroupRequest as _redoubt_v1_SetDnsGroupRequest, SetDnsGroupRequest__Output as _redoubt_v1_SetDnsGroupRequest__Output } from '../../redoubt/v1/SetDnsGroupRequest.js';
import type { SetDnsNetworksRequest as _redoubt_v1_SetDnsNetworksRequest, SetDnsNetworksRequest__Output as _redoubt_v1_SetDnsNetworksRequest__Output } from '../../redoubt/v1/SetDnsNetworksRequest.js';
import type { SetDnsRuleRequest as _redoubt_v1_SetDnsRuleRequest, SetDnsRuleRequest__Output as _redoubt_v1_SetDnsRuleRequest__Output } from '../../redoubt/v1/SetDnsRuleRequest.js';
import type { SetDnsZoneRequest as _redoubt_v1_SetDnsZoneRequest, SetDnsZoneRequest__Output as _redoubt_v1_SetDnsZoneRequest__Output } from '../../redoubt/v1/SetDnsZoneRequest.js';
import type { StartSecurityCheckRequest as _redoubt_v1_StartSecurityCheckRequest, StartSecurityCheckRequest__Output as _redoubt_v1_StartSecurityCheckRequest__Output } from '../../redoubt/v1/StartSecurityCheckRequest.js';

export interface DnsServiceClient extends grpc.Client {
  /**
   * Registers one of the caller's devices with the org's resolver and returns its token, shown
   * this once: the DoH URL and the DoT host name carry it.
   */
  AddDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  AddDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  AddDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  AddDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  /**
   * Registers one of the caller's devices with the org's resolver and returns its token, shown
   * this once: the DoH URL and the DoT host name carry it.
   */
  addDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  addDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  addDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  addDnsDevice(argument: _redoubt_v1_AddDnsDeviceRequest, callback: grpc.requestCallback<_redoubt_v1_DnsDeviceToken__Output>): grpc.ClientUnaryCall;
  
  /**
   * The org's networks and rules, and the filter lists the resolver offers.
   */
  GetDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  GetDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  GetDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  GetDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * The org's networks and rules, and the filter lists the resolver offers.
   */
  getDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  getDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  getDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  getDnsSettings(argument: _redoubt_v1_GetDnsSettingsRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Which third parties the org's people and networks reached through the resolver over the last
   * days (registrable domain and category: tracker, ads, malware, other), blocked or not. An admin
   * sees everyone, other admins by account and members under a pseudonym; others see their own.
   */
  LeakReport(argument: _redoubt_v1_LeakReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  LeakReport(argument: _redoubt_v1_LeakReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  LeakReport(argument: _redoubt_v1_LeakReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  LeakReport(argument: _redoubt_v1_LeakReportRequest, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  /**
   * Which third parties the org's people and networks reached through the resolver over the last
   * days (registrable domain and category: tracker, ads, malware, other), blocked or not. An admin
   * sees everyone, other admins by account and members under a pseudonym; others see their own.
   */
  leakReport(argument: _redoubt_v1_LeakReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  leakReport(argument: _redoubt_v1_LeakReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  leakReport(argument: _redoubt_v1_LeakReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  leakReport(argument: _redoubt_v1_LeakReportRequest, callback: grpc.requestCallback<_redoubt_v1_LeakReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's devices (an admin may ask for every member's).
   */
  ListDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  ListDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  ListDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  ListDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's devices (an admin may ask for every member's).
   */
  listDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  listDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  listDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  listDnsDevices(argument: _redoubt_v1_ListDnsDevicesRequest, callback: grpc.requestCallback<_redoubt_v1_DnsDevices__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a zone of the org's: its names are resolved upstream again, and another org may take it.
   */
  RemoveDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  RemoveDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  RemoveDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  RemoveDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a zone of the org's: its names are resolved upstream again, and another org may take it.
   */
  removeDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  removeDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  removeDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  removeDnsZone(argument: _redoubt_v1_RemoveDnsZoneRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Revokes a device's token: its queries are the network's (or nobody's) from then on. A member
   * revokes their own devices, an admin anyone's.
   */
  RevokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  RevokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  RevokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  RevokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Revokes a device's token: its queries are the network's (or nobody's) from then on. A member
   * revokes their own devices, an admin anyone's.
   */
  revokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  revokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  revokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  revokeDnsDevice(argument: _redoubt_v1_RevokeDnsDeviceRequest, callback: grpc.requestCallback<_redoubt_v1_RevokeDnsDeviceResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Whether this device's DNS goes to the org's resolver encrypted, and its TLS reaches the gateway
   * unbroken; if not, exactly what to do.
   */
  SecurityStatus(argument: _redoubt_v1_SecurityStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  SecurityStatus(argument: _redoubt_v1_SecurityStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  SecurityStatus(argument: _redoubt_v1_SecurityStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  SecurityStatus(argument: _redoubt_v1_SecurityStatusRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  /**
   * Whether this device's DNS goes to the org's resolver encrypted, and its TLS reaches the gateway
   * unbroken; if not, exactly what to do.
   */
  securityStatus(argument: _redoubt_v1_SecurityStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  securityStatus(argument: _redoubt_v1_SecurityStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  securityStatus(argument: _redoubt_v1_SecurityStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  securityStatus(argument: _redoubt_v1_SecurityStatusRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityStatusReply__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets a DNS group of the org: a named set of its accounts whose rule (SetDnsRule with target
   * "group:<name>") applies to each of them.
   */
  SetDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * Sets a DNS group of the org: a named set of its accounts whose rule (SetDnsRule with target
   * "group:<name>") applies to each of them.
   */
  setDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsGroup(argument: _redoubt_v1_SetDnsGroupRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * The networks (CIDRs) the org's plain DNS queries come from, replacing the ones set before. A
   * network another org has is refused.
   */
  SetDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * The networks (CIDRs) the org's plain DNS queries come from, replacing the ones set before. A
   * network another org has is refused.
   */
  setDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsNetworks(argument: _redoubt_v1_SetDnsNetworksRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets (or removes) the filtering rule of the org, of a project's members or of one user.
   */
  SetDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * Sets (or removes) the filtering rule of the org, of a project's members or of one user.
   */
  setDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsRule(argument: _redoubt_v1_SetDnsRuleRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets a zone of the org's own and all its records, answered with authority by the resolver
   * (to its members, its networks and devices). A zone another org has, above or below, is refused.
   */
  SetDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  SetDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  /**
   * Sets a zone of the org's own and all its records, answered with authority by the resolver
   * (to its members, its networks and devices). A zone another org has, above or below, is refused.
   */
  setDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  setDnsZone(argument: _redoubt_v1_SetDnsZoneRequest, callback: grpc.requestCallback<_redoubt_v1_DnsSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts an "are you secure?" check: resolve the probe name the way this device resolves
   * everything (any record type), then ask SecurityStatus. Also served as a web page at
   * https://<resolver>/secure.
   */
  StartSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  StartSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  StartSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  StartSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  /**
   * Starts an "are you secure?" check: resolve the probe name the way this device resolves
   * everything (any record type), then ask SecurityStatus. Also served as a web page at
   * https://<resolver>/secure.
   */
  startSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  startSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  startSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  startSecurityCheck(argument: _redoubt_v1_StartSecurityCheckRequest, callback: grpc.requestCallback<_redoubt_v1_SecurityCheck__Output>): grpc.ClientUnaryCall;
  
}

export interface DnsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Registers one of the caller's devices with the org's resolver and returns its token, shown
   * this once: the DoH URL and the DoT host name carry it.
   */
  AddDnsDevice: grpc.handleUnaryCall<_redoubt_v1_AddDnsDeviceRequest__Output, _redoubt_v1_DnsDeviceToken>;
  
  /**
   * The org's networks and rules, and the filter lists the resolver offers.
   */
  GetDnsSettings: grpc.handleUnaryCall<_redoubt_v1_GetDnsSettingsRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * Which third parties the org's people and networks reached through the resolver over the last
   * days (registrable domain and category: tracker, ads, malware, other), blocked or not. An admin
   * sees everyone, other admins by account and members under a pseudonym; others see their own.
   */
  LeakReport: grpc.handleUnaryCall<_redoubt_v1_LeakReportRequest__Output, _redoubt_v1_LeakReport>;
  
  /**
   * The caller's devices (an admin may ask for every member's).
   */
  ListDnsDevices: grpc.handleUnaryCall<_redoubt_v1_ListDnsDevicesRequest__Output, _redoubt_v1_DnsDevices>;
  
  /**
   * Removes a zone of the org's: its names are resolved upstream again, and another org may take it.
   */
  RemoveDnsZone: grpc.handleUnaryCall<_redoubt_v1_RemoveDnsZoneRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * Revokes a device's token: its queries are the network's (or nobody's) from then on. A member
   * revokes their own devices, an admin anyone's.
   */
  RevokeDnsDevice: grpc.handleUnaryCall<_redoubt_v1_RevokeDnsDeviceRequest__Output, _redoubt_v1_RevokeDnsDeviceResponse>;
  
  /**
   * Whether this device's DNS goes to the org's resolver encrypted, and its TLS reaches the gateway
   * unbroken; if not, exactly what to do.
   */
  SecurityStatus: grpc.handleUnaryCall<_redoubt_v1_SecurityStatusRequest__Output, _redoubt_v1_SecurityStatusReply>;
  
  /**
   * Sets a DNS group of the org: a named set of its accounts whose rule (SetDnsRule with target
   * "group:<name>") applies to each of them.
   */
  SetDnsGroup: grpc.handleUnaryCall<_redoubt_v1_SetDnsGroupRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * The networks (CIDRs) the org's plain DNS queries come from, replacing the ones set before. A
   * network another org has is refused.
   */
  SetDnsNetworks: grpc.handleUnaryCall<_redoubt_v1_SetDnsNetworksRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * Sets (or removes) the filtering rule of the org, of a project's members or of one user.
   */
  SetDnsRule: grpc.handleUnaryCall<_redoubt_v1_SetDnsRuleRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * Sets a zone of the org's own and all its records, answered with authority by the resolver
   * (to its members, its networks and devices). A zone another org has, above or below, is refused.
   */
  SetDnsZone: grpc.handleUnaryCall<_redoubt_v1_SetDnsZoneRequest__Output, _redoubt_v1_DnsSettings>;
  
  /**
   * Starts an "are you secure?" check: resolve the probe name the way this device resolves
   * everything (any record type), then ask SecurityStatus. Also served as a web page at
   * https://<resolver>/secure.
   */
  StartSecurityCheck: grpc.handleUnaryCall<_redoubt_v1_StartSecurityCheckRequest__Output, _redoubt_v1_SecurityCheck>;
  
}

export interface DnsServiceDefinition extends grpc.ServiceDefinition {
  AddDnsDevice: MethodDefinition<_redoubt_v1_AddDnsDeviceRequest, _redoubt_v1_DnsDeviceToken, _redoubt_v1_AddDnsDeviceRequest__Output, _redoubt_v1_DnsDeviceToken__Output>
  GetDnsSettings: MethodDefinition<_redoubt_v1_GetDnsSettingsRequest, _redoubt_v1_DnsSettings, _redoubt_v1_GetDnsSettingsRequest__Output, _redoubt_v1_DnsSettings__Output>
  LeakReport: MethodDefinition<_redoubt_v1_LeakReportRequest, _redoubt_v1_LeakReport, _redoubt_v1_LeakReportRequest__Output, _redoubt_v1_LeakReport__Output>
  ListDnsDevices: MethodDefinition<_redoubt_v1_ListDnsDevicesRequest, _redoubt_v1_DnsDevices, _redoubt_v1_ListDnsDevicesRequest__Output, _redoubt_v1_DnsDevices__Output>
  RemoveDnsZone: MethodDefinition<_redoubt_v1_RemoveDnsZoneRequest, _redoubt_v1_DnsSettings, _redoubt_v1_RemoveDnsZoneRequest__Output, _redoubt_v1_DnsSettings__Output>
  RevokeDnsDevice: MethodDefinition<_redoubt_v1_RevokeDnsDeviceRequest, _redoubt_v1_RevokeDnsDeviceResponse, _redoubt_v1_RevokeDnsDeviceRequest__Output, _redoubt_v1_RevokeDnsDeviceResponse__Output>
  SecurityStatus: MethodDefinition<_redoubt_v1_SecurityStatusRequest, _redoubt_v1_SecurityStatusReply, _redoubt_v1_SecurityStatusRequest__Output, _redoubt_v1_SecurityStatusReply__Output>
  SetDnsGroup: MethodDefinition<_redoubt_v1_SetDnsGroupRequest, _redoubt_v1_DnsSettings, _redoubt_v1_SetDnsGroupRequest__Output, _redoubt_v1_DnsSettings__Output>
  SetDnsNetworks: MethodDefinition<_redoubt_v1_SetDnsNetworksRequest, _redoubt_v1_DnsSettings, _redoubt_v1_SetDnsNetworksRequest__Output, _redoubt_v1_DnsSettings__Output>
  SetDnsRule: MethodDefinition<_redoubt_v1_SetDnsRuleRequest, _redoubt_v1_DnsSettings, _redoubt_v1_SetDnsRuleRequest__Output, _redoubt_v1_DnsSettings__Output>
  SetDnsZone: MethodDefinition<_redoubt_v1_SetDnsZoneRequest, _redoubt_v1_DnsSettings, _redoubt_v1_SetDnsZoneRequest__Output, _redoubt_v1_DnsSettings__Output>
  StartSecurityCheck: MethodDefinition<_redoubt_v1_StartSecurityCheckRequest, _redoubt_v1_SecurityCheck, _redoubt_v1_StartSecurityCheckRequest__Output, _redoubt_v1_SecurityCheck__Output>
}
