/**
 * The gateway's observability: gRPC calls counted by method and status, timed by method, and
 * refusals counted by reason on the node's real /metrics; refusals logged at info with their
 * reason and nothing of the request.
 */
import { pino } from 'pino';
import t from 'tap';
import { CommandRejectedError, RedoubtError } from '../../actors/index.js';
import { ApiCallError, InvalidArgumentError, RateLimitedError, refusalReason } from '../../gateway/index.js';
import { startTestGateway } from '../helpers/gateway.js';

/** One sample of a Prometheus text exposition. */
interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the sample with this name and (at least) these labels; undefined when absent. */
function valueOf(samples: readonly Sample[], name: string, labels: Record<string, string>): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

const GET_JWKS = '/redoubt.v1.AuthService/GetJwks';
const GET_ME = '/redoubt.v1.AccountService/GetMe';
const GET_ORG = '/redoubt.v1.OrgService/GetOrg';
const SIGN_UP = '/redoubt.v1.AuthService/SignUp';
const LOGIN = '/redoubt.v1.AuthService/Login';
const CHANGE_PASSWORD = '/redoubt.v1.AuthService/ChangePassword';

t.test(
  'calls, latencies and refusals are on /metrics by method, status and reason; refusals are logged at info without secrets',
  async (t) => {
    // Markers that must never reach a log line: a password, a wrong one, an email, a name.
    const password = 'marker-pass-7f3a9c1e2b';
    const wrongPassword = 'marker-wrong-5d8e0a4b6c';
    const email = 'marker.person.4b1d@example.org';
    const displayName = 'MarkerName9e2f';
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    await using gw = await startTestGateway([], log);

    // OK: sign-up, verification and login (3 calls), then the public JWKS twice.
    const alice = await gw.signUpAndLogin(email, password);
    await gw.api.call('AuthService', 'GetJwks', {});
    await gw.api.call('AuthService', 'GetJwks', {});
    // UNAUTHENTICATED: no token for a signed-in method; a wrong password at login.
    await t.rejects(gw.api.call('AccountService', 'GetMe', {}), { code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
    await t.rejects(gw.api.call('AuthService', 'Login', { email, password: wrongPassword, device: 'test' }), {
      code: 'UNAUTHENTICATED',
      reason: 'BAD_CREDENTIALS',
    });
    // PERMISSION_DENIED: not a member of the org; a wrong current password.
    await t.rejects(alice.api.call('OrgService', 'GetOrg', { orgId: 'acme' }), {
      code: 'PERMISSION_DENIED',
      reason: 'ROLE_TOO_LOW',
    });
    await t.rejects(
      alice.api.call('AuthService', 'ChangePassword', { currentPassword: wrongPassword, newPassword: `${password}-2` }),
      { code: 'PERMISSION_DENIED', reason: 'BAD_PASSWORD' },
    );
    // INVALID_ARGUMENT: an address that is no email, sent with the real password and name.
    const invalid = await gw.api
      .call('AuthService', 'SignUp', { email: 'marker-not-an-email', password, displayName })
      .catch((error: unknown) => error);
    t.match(invalid, { code: 'INVALID_ARGUMENT', field: 'email', reason: 'email' });
    t.ok(invalid instanceof ApiCallError);

    const response = await fetch(`http://127.0.0.1:${gw.solo.node.httpPort}/metrics`);
    t.equal(response.status, 200);
    const text = await response.text();
    const samples = parseExposition(text);
    const handled = (method: string, code: string) =>
      valueOf(samples, 'redoubt_grpc_server_handled_total', { method, code });
    const refused = (method: string, reason: string) =>
      valueOf(samples, 'redoubt_grpc_server_refused_total', { method, reason });

    t.equal(handled(GET_JWKS, 'OK'), 2, 'two OK GetJwks');
    t.equal(handled(SIGN_UP, 'OK'), 1, 'one OK SignUp');
    t.equal(handled(SIGN_UP, 'INVALID_ARGUMENT'), 1, 'one invalid SignUp');
    t.equal(handled(LOGIN, 'OK'), 1);
    t.equal(handled(LOGIN, 'UNAUTHENTICATED'), 1);
    t.equal(handled(GET_ME, 'UNAUTHENTICATED'), 1);
    t.equal(handled(GET_ME, 'OK'), undefined, 'no GetMe succeeded, so no such series');
    t.equal(handled(GET_ORG, 'PERMISSION_DENIED'), 1);
    t.equal(handled(CHANGE_PASSWORD, 'PERMISSION_DENIED'), 1);

    t.equal(refused(GET_ME, 'UNAUTHENTICATED:NO_TOKEN'), 1);
    t.equal(refused(LOGIN, 'UNAUTHENTICATED:BAD_CREDENTIALS'), 1);
    t.equal(refused(GET_ORG, 'PERMISSION_DENIED:ROLE_TOO_LOW'), 1);
    t.equal(refused(CHANGE_PASSWORD, 'PERMISSION_DENIED:BAD_PASSWORD'), 1);
    t.equal(refused(SIGN_UP, 'INVALID_ARGUMENT:email:email'), 1);
    t.equal(refused(GET_JWKS, 'OK'), undefined, 'a served call is no refusal');
    t.equal(
      samples.filter((s) => s.name === 'redoubt_grpc_server_refused_total').reduce((sum, s) => sum + s.value, 0),
      5,
      'five refusals in all',
    );

    // The histogram: one observation per call of the method, in the +Inf bucket and the count.
    const seconds = (suffix: string, method: string, extra: Record<string, string> = {}) =>
      valueOf(samples, `redoubt_grpc_server_handling_seconds${suffix}`, { method, ...extra });
    t.equal(seconds('_count', GET_JWKS), 2);
    t.equal(seconds('_bucket', GET_JWKS, { le: '+Inf' }), 2);
    t.equal(seconds('_count', SIGN_UP), 2, 'refused calls are timed too');
    t.equal(seconds('_count', LOGIN), 2);
    t.ok(seconds('_sum', LOGIN)! > 0, 'the time of a login is recorded');
    t.notOk(
      samples.some((s) => s.name.startsWith('redoubt_grpc_server_handling_seconds') && 'code' in s.labels),
      'latency is by method only',
    );

    // Default process metrics, prefixed once.
    t.notMatch(text, /process_process_/, 'no doubled process_ prefix');
    t.match(text, /^redoubt_process_cpu_seconds_total \d/m);
    t.match(text, /^redoubt_nodejs_eventloop_lag_seconds \d/m);
    t.match(text, /^redoubt_asks_total\{/m, 'the runtime reports to the same registry');

    // Logs: each refusal at info, with method, gRPC code, reason and duration.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const refusals = entries.filter((e) => e.msg === 'call refused');
    t.equal(refusals.length, 5, 'one log line per refusal');
    t.ok(
      refusals.every((e) => e.level === 30 && typeof e.ms === 'number' && e.module === 'gateway'),
      'at info, timed, from the gateway module',
    );
    t.match(
      refusals.find((e) => e.method === CHANGE_PASSWORD),
      { code: 'PERMISSION_DENIED', reason: 'PERMISSION_DENIED:BAD_PASSWORD' },
    );
    t.match(
      refusals.find((e) => e.method === SIGN_UP),
      { code: 'INVALID_ARGUMENT', reason: 'INVALID_ARGUMENT:email:email' },
    );
    t.match(
      refusals.find((e) => e.method === GET_ME),
      { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED:NO_TOKEN' },
    );
    t.notOk(
      entries.some((e) => e.msg === 'handler failed'),
      'no refusal is logged as a failure',
    );
    for (const marker of [password, wrongPassword, email, displayName, 'marker-not-an-email', alice.accessToken]) {
      const leaking = lines.filter((line) => line.toLowerCase().includes(marker.toLowerCase()));
      t.same(leaking, [], `no log line contains ${marker.slice(0, 12)}…`);
    }
  },
);

t.test('a refusal reason names codes, fields and rules, never request data', async (t) => {
  t.equal(
    refusalReason(new InvalidArgumentError('members[3].account_id', 'pattern', 'bad')),
    'INVALID_ARGUMENT:members[].account_id:pattern',
  );
  t.equal(
    refusalReason(new CommandRejectedError('ALREADY_EXISTS', 'org acme exists')),
    'COMMAND_REJECTED:ALREADY_EXISTS',
  );
  t.equal(refusalReason(new RedoubtError('NOT_FOUND', 'no such org')), 'NOT_FOUND');
  t.equal(refusalReason(new RateLimitedError('IP address', 1500)), 'RESOURCE_EXHAUSTED:RATE_LIMITED');
  t.equal(
    refusalReason(new RedoubtError('COMMAND_REJECTED', 'x', { details: { reason: 'alice@example.org exists' } })),
    'COMMAND_REJECTED:OTHER',
    'free text is not a label',
  );
});
