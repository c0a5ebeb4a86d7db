/**
 * The path of every unary call, in order: rate limit by IP → authentication → rate limit by
 * account → authorization (the method's `(access)`) → validation (the fields' `(rules)`) → the
 * service handler, which reaches entities with the call's deadline. Nothing is skipped, and no
 * handler runs on an unauthenticated, unauthorised or invalid request.
 */
import { performance } from 'node:perf_hooks';
import { status } from '@grpc/grpc-js';
import type { handleUnaryCall, Metadata, ServerUnaryCall, sendUnaryData, ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { RedoubtError } from '../actors/index.js';
import type { AccessTokens } from './access-tokens.js';
import type { ApiMethod } from './api-schema.js';
import type { CallContext } from './call-context.js';
import { validateMessage } from './field-validation.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import { authenticate } from './interceptor-authn.js';
import { authorize } from './interceptor-authz.js';
import type { ProjectLookup, RoleLookup } from './interceptor-authz.js';
import type { RateLimiter } from './rate-limiter.js';
import { InvalidArgumentError } from './errors.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import { refusalReason } from './refusal-reason.js';
import { toServiceError } from './status-map.js';

/** A service method's implementation: the validated request in, the response out. */
export type UnaryHandler = (request: Record<string, unknown>, context: CallContext) => Promise<object>;

/** What every call's pipeline uses: token checks, role lookups, rate limits, log and metrics. */
export interface PipelineParts {
  readonly tokens: AccessTokens;
  readonly roleOf: RoleLookup;
  readonly projectOf: ProjectLookup;
  readonly perIp: RateLimiter;
  readonly perAccount: RateLimiter;
  /** Refusals go here at info (method, code, reason, ms; never request data), failures at error. */
  readonly log: Logger;
  /** Counts every call by method and status, its latency, and refusals by reason. */
  readonly metrics: GatewayMetrics;
  /**
   * Deadline of a call that sets none, in milliseconds.
   * @default 30000
   */
  readonly defaultDeadlineMs?: number;
}

const ISSUE_ID = /^[A-Za-z0-9_.:#/-]{1,128}$/;

/** One call as it arrived, whatever the protocol (native gRPC, gRPC-Web, Connect). */
export interface CallInput {
  /** The client's address, without the port. */
  readonly peer: string;
  /** The request headers, as gRPC metadata (`authorization`, `x-redoubt-issue`, idempotency key). */
  readonly metadata: Metadata;
  /** The decoded request, as @grpc/proto-loader shapes it. */
  readonly request: Record<string, unknown>;
  /** Milliseconds since the epoch; undefined when the client set none. */
  readonly deadline: number | undefined;
}

/**
 * Runs one call through the pipeline. Every answered call is counted (method, status name,
 * seconds); a refusal (any RedoubtError) is also counted and logged at info by its
 * {@link refusalReason}; any other failure is logged at error and answered INTERNAL.
 * @returns the response
 * @throws the failure as a grpc-js ServiceError (status, message, `redoubt-*` trailers)
 */
export async function serveCall(
  method: ApiMethod,
  handler: UnaryHandler,
  parts: PipelineParts,
  input: CallInput,
): Promise<object> {
  const started = performance.now();
  try {
    const response = await run(method, handler, parts, input);
    parts.metrics.callDone(method.path, 'OK', (performance.now() - started) / 1000);
    return response;
  } catch (error) {
    const failure = toServiceError(error);
    const code = status[failure.code ?? status.INTERNAL];
    const ms = performance.now() - started;
    if (error instanceof RedoubtError) {
      const reason = refusalReason(error);
      parts.metrics.callRefused(method.path, reason);
      // Only labels: the message may quote request data (an address, an id).
      parts.log.info({ method: method.path, code, reason, ms: Math.round(ms * 10) / 10 }, 'call refused');
    } else {
      parts.log.error({ err: error, method: method.path, code, ms: Math.round(ms * 10) / 10 }, 'handler failed');
    }
    parts.metrics.callDone(method.path, code, ms / 1000);
    throw failure;
  }
}

/** Wraps a handler in the pipeline, as a grpc-js unary handler (see {@link serveCall}). */
export function unary(method: ApiMethod, handler: UnaryHandler, parts: PipelineParts): handleUnaryCall<object, object> {
  return (call: ServerUnaryCall<object, object>, callback: sendUnaryData<object>) => {
    const input: CallInput = {
      peer: peerAddress(call.getPeer()),
      metadata: call.metadata,
      request: call.request as Record<string, unknown>,
      deadline: deadlineOf(call),
    };
    serveCall(method, handler, parts, input).then(
      (response) => callback(null, response),
      (failure: ServiceError) => callback(failure, null),
    );
  };
}

async function run(method: ApiMethod, handler: UnaryHandler, parts: PipelineParts, input: CallInput): Promise<object> {
  const { peer, metadata, request } = input;
  parts.perIp.take(peer);
  const caller = await authenticate(method, metadata, parts.tokens);
  if (caller !== undefined) parts.perAccount.take(caller.accountId);
  const deadline =
    input.deadline === undefined
      ? Date.now() + (parts.defaultDeadlineMs ?? 30_000)
      : Math.min(input.deadline, Date.now() + 300_000);
  await authorize(method, caller, request, parts, deadline);
  validateMessage(method.request, request);
  const issue = String(metadata.get('x-redoubt-issue')[0] ?? '');
  if (issue !== '' && !ISSUE_ID.test(issue)) {
    throw new InvalidArgumentError('x-redoubt-issue', 'pattern', 'must be 1 to 128 of A-Z a-z 0-9 _ . : # / -');
  }
  const idempotencyKey = idempotencyKeyOf(metadata, method.path, caller?.accountId ?? '', request);
  return handler(request, { caller, deadline, issueId: issue, peer, idempotencyKey });
}

function deadlineOf(call: ServerUnaryCall<object, object>): number | undefined {
  const deadline = call.getDeadline();
  const ms = deadline instanceof Date ? deadline.getTime() : Number(deadline);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** `ipv4:1.2.3.4:5678` or `ipv6:[::1]:5678` → the address without the port. */
function peerAddress(peer: string): string {
  const text = peer.replace(/^ipv[46]:/, '');
  const bracket = /^\[([^\]]+)\]/.exec(text);
  if (bracket !== null) return bracket[1]!;
  const colon = text.lastIndexOf(':');
  return colon > 0 ? text.slice(0, colon) : text;
}
