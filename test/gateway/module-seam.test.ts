/**
 * The module seam: a module in its own folder (test/fixtures/modules/notes: its .proto with
 * `(access)` and `(rules)`, its entity kind, its service and samples) is added to a node with one
 * line, and then it is everywhere the built-in modules are: served by the gateway over real TLS
 * with the same pipeline, hosted as an entity kind, callable from the console and listed in its
 * help, and covered by the role matrix. Modules that clash are refused before anything starts.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import t from 'tap';
import { consoleHelp } from '../../console/console-help.js';
import { runConsole } from '../../console/console.js';
import { serviceCommands } from '../../console/service-commands.js';
import { ApiCallError, apiProtosOf, defineModule, loadModules, ModuleError } from '../../gateway/index.js';
import { hostedKinds, NODE_MODULES, nodeKinds } from '../../nodes/index.js';
import { protoIncludeDir } from '../../proto/index.js';
import { notesModule } from '../fixtures/modules/notes/module.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { checkRoleMatrix } from '../helpers/role-matrix.js';

/** The one line: the node's modules and one more. */
const WITH_NOTES = [...NODE_MODULES, notesModule];

t.test('a module added with one line is served, hosted, in the console and in the role matrix', async (t) => {
  await using gw = await startTestGateway([], undefined, WITH_NOTES);
  const fixture = await setUpRoles(gw);
  const { member, guest } = fixture.accounts;
  const where = { orgId: fixture.orgId, projectId: PROJECT };

  // The gateway serves it over TLS, through the pipeline, down to its entity.
  const note = await member.api.call<{ number: number; text: string; authorId: string }>('NoteService', 'AddNote', {
    ...where,
    text: 'Renew the certificate\nbefore Friday',
  });
  t.match(note, { number: 1, text: 'Renew the certificate\nbefore Friday', authorId: member.accountId });
  const listed = await guest.api.call<{ notes: { number: number; authorId: string }[] }>(
    'NoteService',
    'ListNotes',
    where,
  );
  t.match(
    listed.notes,
    [{ number: 1, authorId: member.accountId }],
    'a guest of the project reads what the entity holds',
  );

  // Refused without the right role, as its (access) option says.
  const refusal = (caller: keyof typeof fixture.callers, method: string, request: object) =>
    fixture.callers[caller].call('NoteService', method, request).then(
      () => undefined,
      (error: unknown) => error,
    );
  t.match(await refusal('guest', 'AddNote', { ...where, text: 'x' }), {
    code: 'PERMISSION_DENIED',
    reason: 'ROLE_TOO_LOW',
  });
  t.match(await refusal('outsider', 'ListNotes', where), { code: 'PERMISSION_DENIED' });
  t.match(await refusal('anonymous', 'ListNotes', where), { code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
  // And its (rules) are enforced before its handler runs.
  const invalid = await refusal('member', 'AddNote', { ...where, text: 'x'.repeat(2001) });
  t.ok(invalid instanceof ApiCallError);
  t.match(invalid, { code: 'INVALID_ARGUMENT', field: 'text', reason: 'max_len' });
  t.match(await refusal('member', 'AddNote', { orgId: fixture.orgId, projectId: 'NOT A PROJECT', text: 'x' }), {
    code: 'INVALID_ARGUMENT',
    field: 'project_id',
  });

  // The role matrix covers its methods from its samples, with nothing written for them here.
  const matrix = await checkRoleMatrix(t, gw, fixture, { only: (m) => m.service === 'notes.v1.NoteService' });
  t.equal(matrix.methods, 2, 'both methods of the module are in the matrix');

  // The console: its commands are in the help, and callable.
  const overview = consoleHelp(['--help'], WITH_NOTES)!;
  t.match(overview, /^ {2}note\n {4}add-note {17}Pins a note to a project\.$/m, 'the overview lists its commands');
  t.match(
    consoleHelp(['note', 'add-note', '--help'], WITH_NOTES),
    /Permission: notes\.add \(project, at least member\)/,
  );
  t.match(consoleHelp(['note', 'add-note', '--help'], WITH_NOTES), /--text {21}The note, one or more lines\./);
  t.equal(consoleHelp(['note', '--help']), undefined, 'a node without the module has no such command');
  t.ok(serviceCommands(WITH_NOTES).includes('note'), 'redoubt routes `note` to the console');
  t.notOk(serviceCommands().includes('note'));

  const passwordFile = join(gw.solo.dir, 'member.password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  let out = '';
  let err = '';
  const io = {
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (err += text),
    stdin: new PassThrough().end(),
    env: { ...process.env, REDOUBT_CONSOLE_FILE: join(gw.solo.dir, 'console.json') },
  };
  const login = ['login', '--email', 'member@example.org', '--password-file', passwordFile];
  t.equal(await runConsole([...login, '--address', gw.address, '--ca', gw.solo.node.caFile!], io, WITH_NOTES), 0, err);
  const flags = ['--org-id', fixture.orgId, '--project-id', PROJECT];
  t.equal(await runConsole(['note', 'add-note', ...flags, '--text', 'From the console'], io, WITH_NOTES), 0, err);
  out = '';
  t.equal(await runConsole(['note', 'list-notes', ...flags, '--output', 'json'], io, WITH_NOTES), 0, err);
  const { notes } = JSON.parse(out) as { notes: { number: number; text: string }[] };
  // (The matrix's member and admin pinned notes of their own in between.)
  t.match(notes[0], { number: 1, text: 'Renew the certificate\nbefore Friday' });
  t.match(notes.at(-1), { number: notes.length, text: 'From the console' }, 'the console called it');
});

t.test('the module list is the one place kinds and API come from', async (t) => {
  const loaded = await loadModules(WITH_NOTES);
  t.ok(hostedKinds({ data: true, registry: false }, loaded).has('note-board'), 'a data node hosts its kind');
  t.notOk(hostedKinds({ data: false, registry: true }, loaded).has('note-board'), 'a registry node does not');
  t.notOk((await nodeKinds({ data: true, registry: false })).has('note-board'), 'nor does a node without it');
  const api = apiProtosOf(WITH_NOTES);
  t.equal(api.files.at(-1), 'notes.proto');
  t.equal(api.includeDirs[0], protoIncludeDir(), "Redoubt's own protos first (for options.proto)");

  // Every .proto file of Redoubt's API belongs to exactly one module: none is served by omission.
  const own = readdirSync(join(protoIncludeDir(), 'redoubt', 'v1'))
    .filter((file) => file.endsWith('.proto') && file !== 'options.proto' && file !== 'envelope.proto')
    .map((file) => `redoubt/v1/${file}`)
    .sort();
  t.same([...apiProtosOf(NODE_MODULES).files].sort(), own, 'the node modules declare every API .proto file');
});

t.test('modules that clash or are malformed are refused before anything starts', async (t) => {
  const runtime = () => import('../fixtures/modules/notes/runtime.js');
  await t.rejects(loadModules([notesModule, notesModule]), ModuleError, 'the same module twice');
  await t.rejects(
    loadModules([notesModule, defineModule({ name: 'notes-again', runtime })]),
    { name: 'ModuleError', message: /both define entity kind note-board/ },
    'two modules with the same kind',
  );
  const org = NODE_MODULES.find((m) => m.name === 'org')!;
  t.throws(() => apiProtosOf([org, defineModule({ name: 'org-again', protoFiles: [...org.protoFiles], runtime })]), {
    name: 'ModuleError',
    message: /both declare redoubt\/v1\/org\.proto/,
  });
  t.throws(() => defineModule({ name: 'Notes', runtime }), ModuleError, 'a malformed name');
  t.throws(() => defineModule({ name: 'x', protoFiles: ['../escape.proto'], runtime }), ModuleError);
  t.throws(() => defineModule({ name: 'x', protoDir: 'relative', runtime }), ModuleError);
});

t.test("a module's options reach its background task, whose endpoints the node shows", async (t) => {
  t.throws(
    () =>
      defineModule({
        name: 'probe',
        runtime: async () => ({ kinds: [], services: {} }),
        options: { port: { type: 'string', help: 'x' } },
      }),
    { name: 'ModuleError', message: /must be named probe-/ },
    'an option not named after its module',
  );
  const seen: unknown[] = [];
  const probe = defineModule({
    name: 'probe',
    options: { 'probe-port': { type: 'string', help: 'a port' }, 'probe-loud': { type: 'boolean', help: 'a flag' } },
    runtime: async () => ({
      kinds: [],
      services: {},
      background: [
        ({ options, host, tls }) => {
          seen.push({ options, host, hasCertificate: tls.current().cert.includes('BEGIN CERTIFICATE') });
          if (options['probe-port'] === 'refuse') throw new Error('probe cannot bind');
          return { endpoints: { probe: Number(options['probe-port']) }, stop: async () => undefined };
        },
      ],
    }),
  });
  const modules = [...NODE_MODULES, probe];
  {
    await using gw = await startTestGateway(['--probe-port', '4242', '--probe-loud'], undefined, modules);
    t.same(seen, [{ options: { 'probe-port': '4242', 'probe-loud': true }, host: '127.0.0.1', hasCertificate: true }]);
    t.match(gw.solo.node.endpoints, { probe: 4242 }, "the task's endpoints are the node's");
  }
  await t.rejects(
    startTestGateway(['--probe-port', 'refuse'], undefined, modules),
    { message: 'probe cannot bind' },
    'a task that cannot start stops the start',
  );
  await t.rejects(
    startTestGateway(['--probe-nope', '1'], undefined, modules),
    { name: 'ConfigError' },
    'unknown options are refused',
  );
});
