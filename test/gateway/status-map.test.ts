/**
 * One table of statuses: every error code that can cross a boundary has its gRPC status, and only
 * the codes that mean a bug inside Redoubt are INTERNAL. (A code missing from the table fails the
 * typecheck; this test says which ones may be INTERNAL.)
 */
import { status } from '@grpc/grpc-js';
import t from 'tap';
import { ErrorCode, errorFromFailure, isNotFound, NotFoundError, RedoubtError } from '../../actors/index.js';
import { statusOf, toServiceError } from '../../gateway/index.js';

/** The codes that are genuinely internal: one part of Redoubt sent another something malformed. */
const INTERNAL_CODES: readonly ErrorCode[] = [
  ErrorCode.INTERNAL,
  ErrorCode.INVALID_ENVELOPE,
  ErrorCode.INVALID_TOKEN_REQUEST,
];

t.test('every error code maps to a status, INTERNAL only for internal faults', async (t) => {
  const codes = Object.values(ErrorCode);
  t.ok(codes.length >= 45, `${codes.length} codes`);
  for (const code of codes) {
    const mapped = statusOf(new RedoubtError(code, 'test'));
    if (INTERNAL_CODES.includes(code)) t.equal(mapped, status.INTERNAL, `${code} is internal`);
    else t.not(mapped, status.INTERNAL, `${code} → ${status[mapped]}`);
  }
  t.equal(statusOf(new Error('a bug')), status.INTERNAL, 'anything not a RedoubtError is INTERNAL');
  t.match(toServiceError(new Error('secret detail')), { code: status.INTERNAL, details: 'internal error' });
});

t.test('not found is one class and one code, from here or from another process', async (t) => {
  const here = new NotFoundError('no org acme', { what: 'org', id: 'acme' });
  const afar = errorFromFailure(here.toFailure());
  for (const [where, error] of [
    ['here', here],
    ['rebuilt from the wire', afar],
  ] as const) {
    t.ok(isNotFound(error), `${where}: isNotFound`);
    t.equal(statusOf(error), status.NOT_FOUND, `${where}: NOT_FOUND`);
    t.match(error, { code: 'NOT_FOUND', details: { what: 'org', id: 'acme' } });
  }
  t.notOk(isNotFound(new RedoubtError('COMMAND_REJECTED', 'no', { details: { reason: 'NOT_FOUND' } })));
  const trailers = toServiceError(here).metadata!;
  t.same(trailers.get('redoubt-code'), ['NOT_FOUND']);
});

t.test('a code from a newer peer becomes INTERNAL and keeps what it said', async (t) => {
  const error = errorFromFailure({ code: 'SOMETHING_NEW', message: 'new', retryable: true, details: { a: 'b' } });
  t.match(error, { code: 'INTERNAL', message: 'new', retryable: true, details: { a: 'b', code: 'SOMETHING_NEW' } });
});
