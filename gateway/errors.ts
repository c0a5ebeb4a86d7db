/** Errors of the gateway. Each maps to a gRPC status in status-map.ts. */
// The runtime's error module itself, not actors/index.js: describeApi() (the console's help) throws
// SchemaError without loading the runtime.
import { RedoubtError } from '../actors/errors.js';

/** Thrown at start when the .proto files do not declare what the gateway must enforce. */
export class SchemaError extends Error {
  readonly code = 'SCHEMA_INVALID';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SchemaError';
  }
}

/**
 * Thrown at start when a module is malformed (its name, its proto files, its runtime's exports) or
 * clashes with another (a name, proto file, entity kind or service defined twice).
 */
export class ModuleError extends Error {
  readonly code = 'MODULE_INVALID';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ModuleError';
  }
}

/** Thrown when a request has no valid access token, or an invalid one; `details.reason` says which. */
export class UnauthenticatedError extends RedoubtError {
  constructor(message: string, reason: string, options?: ErrorOptions) {
    super('UNAUTHENTICATED', message, { ...options, details: { reason } });
    this.name = 'UnauthenticatedError';
  }
}

/**
 * Thrown when the caller's roles do not grant the method's permission in its scope (reason
 * ROLE_TOO_LOW), or a handler refuses the signed-in caller (BAD_PASSWORD, EMAIL_NOT_VERIFIED).
 */
export class PermissionDeniedError extends RedoubtError {
  constructor(
    message: string,
    permission: string,
    reason = 'ROLE_TOO_LOW',
    options?: ErrorOptions & { readonly details?: Record<string, string> },
  ) {
    super('PERMISSION_DENIED', message, { ...options, details: { ...options?.details, reason, permission } });
    this.name = 'PermissionDeniedError';
  }
}

/**
 * Thrown when the caller's session signed in less strongly than a method or a project asks: what
 * would do goes in `details.stepUp` (the `redoubt-step-up` trailer), e.g. `level=2;max_age_s=900`.
 */
export class StepUpRequiredError extends PermissionDeniedError {
  constructor(
    message: string,
    permission: string,
    need: { readonly level: number; readonly phishingResistant: boolean; readonly maxAgeS: number },
    reason = 'STEP_UP_REQUIRED',
  ) {
    const stepUp = [
      `level=${need.level}`,
      ...(need.phishingResistant ? ['phishing_resistant=1'] : []),
      ...(need.maxAgeS > 0 ? [`max_age_s=${need.maxAgeS}`] : []),
    ].join(';');
    super(message, permission, reason, { details: { stepUp } });
    this.name = 'StepUpRequiredError';
  }
}

/** Thrown when a request field breaks a rule declared in the .proto; `details.field` names it. */
export class InvalidArgumentError extends RedoubtError {
  constructor(field: string, rule: string, message: string) {
    super('INVALID_ARGUMENT', `${field}: ${message}`, { details: { field, reason: rule } });
    this.name = 'InvalidArgumentError';
  }
}

/** Thrown when a caller (an IP address or an account) sends more than its rate allows. */
export class RateLimitedError extends RedoubtError {
  constructor(who: string, retryAfterMs: number) {
    super('RESOURCE_EXHAUSTED', `too many requests from this ${who}: retry in ${Math.ceil(retryAfterMs / 1000)} s`, {
      retryable: true,
      details: { reason: 'RATE_LIMITED', retryAfterMs: String(retryAfterMs) },
    });
    this.name = 'RateLimitedError';
  }
}
