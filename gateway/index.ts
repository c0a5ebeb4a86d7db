/** The gateway's public names: the gRPC gateway, its schema, TLS credentials, mail outbox and tokens. */
export { startGateway } from './gateway-server.js';
export { ApiCallError, ApiClient } from './api-client.js';
export { createSuperadmin, generatedPassword } from './superadmin.js';
export { describeApi, loadApiSchema, LOADER_OPTIONS, ROLE_ORDER, Scope } from './api-schema.js';
export { apiProtosOf, defineModule, loadModules } from './module.js';
export { askOptions, callerOf } from './call-context.js';
export { Tls13ServerCredentials } from './tls-credentials.js';
export { OutboxDirectory } from './mail-outbox.js';
export { SmsWebhook } from './sms-webhook.js';
export type { SmsSender } from './sms-webhook.js';
export { ACCESS_AUDIENCE, ACCESS_PURPOSE, AccessTokens } from './access-tokens.js';
export { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from './password-hash.js';
export { statusOf, toServiceError } from './status-map.js';
export { NO_GATEWAY_METRICS } from './gateway-metrics.js';
export { refusalReason } from './refusal-reason.js';
export { webDescriptors } from './web/connect-routes.js';
export * from './errors.js';

export type { Gateway, GatewayOptions } from './gateway-server.js';
export type { GatewayMetrics } from './gateway-metrics.js';
export type { ApiClientOptions, CallOptions } from './api-client.js';
export type {
  ApiDescription,
  ApiMethod,
  ApiProtos,
  ApiSchema,
  FieldRules,
  FieldSchema,
  MessageSchema,
  MethodAccess,
  MethodDescription,
  ProtoRole,
} from './api-schema.js';
export type {
  BackgroundTask,
  LoadedModule,
  ModuleDefinition,
  ModuleRuntime,
  RedoubtModule,
  SampleFixture,
  ServiceFactory,
  ServiceSamples,
} from './module.js';
export type { CallContext } from './call-context.js';
export type { UnaryHandler } from './pipeline.js';
export type { ServiceParts } from './services/service-parts.js';
export type { GatewayCertificate } from './tls-credentials.js';
export type { MailSink, OutgoingMail } from './mail-outbox.js';
export type { AccessClaims } from './access-tokens.js';
export type { ScryptCost } from './password-hash.js';
export type { SuperadminRequest } from './superadmin.js';
export type { RateLimit } from './rate-limiter.js';
export { announceRolesChanged, changesRoles, onRolesChanged, ROLES_CHANGED_SUBJECT } from './role-changes.js';
