/** An unmodified third-party client, Python grpcio, logs in over TLS and creates an org. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { org } from '../../domain/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { protoIncludeDir } from '../../proto/index.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';

const CLIENT = fileURLToPath(new URL('./clients/python_client.py', import.meta.url));

t.test('Python grpcio logs in over TLS 1.3 and creates an org through the gateway', async (t) => {
  await using gw = await startTestGateway();
  await callAdmin(gw.solo.dataDir, {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  });
  const { stdout } = await promisify(execFile)(
    '/usr/bin/python3',
    [CLIENT, protoIncludeDir(), gw.address, gw.solo.node.caFile!, 'root@example.org', PASSWORD, 'from-python'],
    { timeout: 60_000 },
  );
  const seen = JSON.parse(stdout) as {
    accountId: string;
    org: { orgId: string; name: string; homeRegion: string; memberCount: number };
    invalid: { code: string; field: string };
    grpcio: string;
  };
  t.comment(`grpcio ${seen.grpcio}`);
  t.match(seen.org, { orgId: 'from-python', name: 'Made from Python', homeRegion: 'local', memberCount: 1 });
  t.match(
    seen.invalid,
    { code: 'INVALID_ARGUMENT', field: 'org_id' },
    'the Python client sees the status and the field',
  );
  const stored = await gw.solo.node.client.ask(org, 'from-python', { type: 'members' });
  t.match(stored, { members: [{ accountId: seen.accountId, role: 'admin' }] }, 'the org exists, its creator as admin');
});
