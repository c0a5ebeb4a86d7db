/**
 * The console prints what the server sends without letting it drive the terminal: a name with an
 * escape sequence, a C1 control or a bidi override (stored before names were checked) is shown
 * escaped in tables, in lines and in JSON, and JSON still reads back as the stored value.
 */
import t from 'tap';
import { render } from '../../console/output.js';
import { loadApiSchema } from '../../gateway/index.js';
import { nodeApi } from '../../nodes/index.js';

const HOSTILE = 'Evil\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eemaN\u007f';
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function schemaOf(path: string) {
  return loadApiSchema(nodeApi()).methods.get(path)!.response;
}

t.test('a hostile org name is escaped in a table, in lines and in JSON', async (t) => {
  const listOrgs = schemaOf('/redoubt.v1.AdminService/ListOrgs');
  const table = render({ orgs: [{ orgId: 'acme', name: HOSTILE, homeRegion: 'eu', createdAt: 0 }] }, listOrgs, false);
  t.notMatch(table, RAW, 'the table holds no raw control character');
  t.equal(table.split('\n').length, 3, 'a header line and one row: no line break from the name');
  t.match(table, 'Evil\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202eemaN\\u007f', 'the name, escaped');

  const getOrg = schemaOf('/redoubt.v1.OrgService/GetOrg');
  const lines = render({ orgId: 'acme', name: HOSTILE, homeRegion: 'eu' }, getOrg, false);
  t.notMatch(lines, RAW, 'the lines hold no raw control character');
  t.match(lines, /^name\s+Evil\\u001b\[2J/m);

  const json = render({ orgId: 'acme', name: HOSTILE }, getOrg, true);
  t.notMatch(json, RAW, 'the JSON holds no raw control character');
  t.same(JSON.parse(json), { orgId: 'acme', name: HOSTILE }, 'and reads back as the stored value');
});

t.test('a comment of several lines is one escaped cell, nested values too', async (t) => {
  const getIssue = schemaOf('/redoubt.v1.IssueService/GetIssue');
  const shown = render(
    { title: 'ok', body: 'line 1\nline 2\u001b[1A', comments: [{ id: 1, text: '\u202ereversed' }] },
    getIssue,
    false,
  );
  t.notMatch(shown, RAW);
  t.match(shown, /^body\s+line 1\\u000aline 2\\u001b\[1A$/m, 'a multi-line body stays on its line');
  t.match(shown, /\\u202ereversed/, 'a nested comment is escaped (inside its JSON)');
});
