/**
 * One vocabulary: every layer that reads an org id, a region or a name asks the same module, so
 * they all say yes or no to the same strings, count lengths alike (in code points) and refuse
 * control characters in names alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import {
  assertRegion,
  codePointLength,
  escapeControls,
  Format,
  formatProblem,
  InvalidCommandError,
  isEmail,
  parseRegion,
  SESSION_ID,
} from '../../actors/index.js';
import { account, org, orgIndex, project, issue, session } from '../../domain/index.js';
import { loadApiSchema } from '../../gateway/index.js';
import { nodeApi, parseNodeConfig } from '../../nodes/index.js';
import { parseAdminRequest } from '../../nodes/admin/admin-protocol.js';
import { orgHome } from '../../registry/index.js';
import { checkOrgIds } from '../../registry/backup/index.js';

/** A certificate directory holding the three files a gateway's config checks for. */
const CERT_DIR = mkdtempSync(join(tmpdir(), 'redoubt-vocabulary-'));
for (const name of ['key.pem', 'cert.pem', 'ca.pem']) writeFileSync(join(CERT_DIR, name), '');
t.teardown(() => rmSync(CERT_DIR, { recursive: true, force: true }));

/** A gateway's command line plus `extra`. */
function gatewayArgs(...extra: string[]): string[] {
  return ['--nats', 'nats://127.0.0.1:4222', '--cert-dir', CERT_DIR, ...extra];
}

const ACCOUNT = `acc_${'A'.repeat(22)}`;

/** Whether a parser accepts a value (it throws to refuse). */
function accepts(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

const REGIONS: readonly [string, boolean][] = [
  ['eu', true],
  ['eu-north', true],
  ['local', true],
  ['a', true],
  [`e${'u'.repeat(31)}`, true],
  ['1eu', false],
  ['-eu', false],
  ['EU', false],
  ['eu_1', false],
  ['eu north', false],
  ['ευ', false],
  [`e${'u'.repeat(32)}`, false],
  ['', false],
];

t.test('every layer that reads a region accepts exactly the same ones ("1eu" nowhere)', async (t) => {
  const layers: Record<string, (region: string) => unknown> = {
    'the vocabulary': (region) => parseRegion(region),
    'the org entity': (region) =>
      org.parseCommand({ type: 'create', name: 'Acme', homeRegion: region, adminAccountId: ACCOUNT }),
    'the org index': (region) =>
      orgIndex.parseCommand({ type: 'add', orgId: 'acme', name: 'Acme', homeRegion: region }),
    "the registry's directory": (region) => orgHome.parseCommand({ type: 'assign', region }),
    'NATS subjects': (region) => assertRegion(region),
    "a node's config": (region) => {
      if (parseNodeConfig('standalone', ['--region', region], {}) === undefined) throw new Error('help');
    },
    'the admin socket': (region) => parseAdminRequest({ op: 'keys-status', org: 'acme', region }),
    'moving an org': (region) => parseAdminRequest({ op: 'org-move', org: 'acme', to: region }),
    "a gateway's platform region": (region) => {
      if (parseNodeConfig('gateway', gatewayArgs('--platform-region', region), {}) === undefined)
        throw new Error('help');
    },
    'a session id': (region) => {
      const id = `ses_${'A'.repeat(22)}~${region}`;
      if (!SESSION_ID.test(id)) throw new Error('not a session id');
      session.home!(id);
    },
  };
  for (const [region, valid] of REGIONS) {
    for (const [layer, parse] of Object.entries(layers)) {
      t.equal(
        accepts(() => parse(region)),
        valid,
        `${layer} ${valid ? 'accepts' : 'refuses'} "${region}"`,
      );
    }
  }
  const homeRegion = loadApiSchema(nodeApi())
    .methods.get('/redoubt.v1.OrgService/CreateOrg')!
    .request.fields.find((field) => field.protoName === 'home_region')!;
  t.equal(homeRegion.rules.format, Format.region, 'the gateway checks home_region by the same rule');
});

t.test('every layer that reads an org id accepts exactly the same ones', async (t) => {
  const ids: [string, boolean][] = [
    ['acme', true],
    ['1acme', true],
    ['a-b-c', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['Acme', false],
    ['-acme', false],
    ['ac me', false],
    ['acme/web', false],
    ['~registry', false],
    ['..', false],
    ['', false],
  ];
  const layers: Record<string, (id: string) => unknown> = {
    'the org index': (orgId) => orgIndex.parseCommand({ type: 'add', orgId, name: 'Acme', homeRegion: 'eu' }),
    'an account': (orgId) => account.parseCommand({ type: 'setMembership', orgId, role: 'member' }),
    'the admin socket': (org) => parseAdminRequest({ op: 'keys-shred', org }),
    'moving an org': (org) => parseAdminRequest({ op: 'org-move', org, to: 'eu' }),
    'a backup selection': (org) => checkOrgIds([org]),
  };
  for (const [id, valid] of ids) {
    for (const [layer, parse] of Object.entries(layers)) {
      t.equal(
        accepts(() => parse(id)),
        valid,
        `${layer} ${valid ? 'accepts' : 'refuses'} "${id}"`,
      );
    }
  }
  const schema = loadApiSchema(nodeApi());
  for (const method of schema.methods.values()) {
    for (const field of method.request.fields) {
      if (field.protoName === 'org_id' || field.protoName === 'project_id') {
        t.equal(field.rules.format, field.protoName, `${method.name}.${field.protoName} has the shared format`);
        t.equal(field.rules.pattern, undefined, `${method.name}.${field.protoName} repeats no regex`);
      }
    }
  }
});

t.test('lengths are code points at every layer: 200 emoji fit a 200-character name, 201 do not', async (t) => {
  const emoji = (n: number) => '😀'.repeat(n);
  t.equal(codePointLength(emoji(200)), 200);
  t.equal(codePointLength('a\u{1F600}b'), 3);
  t.equal(codePointLength('\ud800'), 1, 'a lone surrogate is one');
  t.match(org.parseCommand({ type: 'rename', name: emoji(200) }), { name: emoji(200) });
  t.throws(() => org.parseCommand({ type: 'rename', name: emoji(201) }), {
    constructor: InvalidCommandError,
    details: { field: 'name' },
    message: /1 to 200 characters/,
  });
  t.match(account.parseCommand({ type: 'updateProfile', displayName: emoji(100) }), { displayName: emoji(100) });
  t.throws(() => account.parseCommand({ type: 'updateProfile', displayName: emoji(101) }), {
    message: /1 to 100 characters/,
  });
  t.match(
    project.parseCommand({ type: 'openIssue', title: emoji(200), column: 'backlog' }),
    { title: emoji(200) },
    'an issue title of 200 emoji',
  );
  const schema = loadApiSchema(nodeApi());
  const rename = schema.methods
    .get('/redoubt.v1.OrgService/UpdateOrg')!
    .request.fields.find((f) => f.protoName === 'name')!;
  t.equal(rename.rules.maxLen, 200, 'the gateway names the same limit');
});

t.test('names refuse every control character and bidi override; texts allow newlines only', async (t) => {
  const hostile = ['\u001b[2J', '\u0000', '\u0007', '\t', '\r', '\u007f', '\u0085', '\u009b2J', '\u202e', '\u2066'];
  for (const bad of hostile) {
    const code = bad.codePointAt(0)!.toString(16);
    t.match(
      formatProblem(Format.name, `Acme${bad}`),
      /must not contain control characters/,
      `a name refuses U+${code}`,
    );
    t.match(
      formatProblem(Format.text, `line${bad}`),
      /must not contain control characters/,
      `a text refuses U+${code}`,
    );
  }
  t.equal(formatProblem(Format.name, 'Ünïcødé name 😀 – ok'), undefined, 'letters, emoji and dashes are fine');
  t.match(formatProblem(Format.name, 'two\nlines'), /U\+000A at character 4/, 'a name is one line');
  t.equal(formatProblem(Format.text, 'two\nlines'), undefined, 'a text may have lines');
  t.throws(() => org.parseCommand({ type: 'rename', name: 'Acme\u001b[2J' }), {
    message: /name must not contain control characters \(U\+001B at character 5\)/,
    details: { field: 'name' },
  });
  t.throws(() => issue.parseCommand({ type: 'comment', accountId: ACCOUNT, text: 'hi\u202eevil' }), {
    message: /text must not contain control characters/,
    details: { field: 'text' },
  });
  t.match(issue.parseCommand({ type: 'comment', accountId: ACCOUNT, text: 'line 1\nline 2' }), {
    text: 'line 1\nline 2',
  });
  t.notOk(isEmail('a\u001b@example.org'), 'nor does an email address hold one');
  t.equal(escapeControls('a\u001b[2J\u009b\u202eb\n'), 'a\\u001b[2J\\u009b\\u202eb\\u000a');
  t.equal(escapeControls('a\n\u007f', { keepNewlines: true }), 'a\n\\u007f');
});
