/**
 * The operator's lists, from a file and from a URL: read at start (a list that cannot be read
 * stops the start, naming it), swapped whole by a refresh, and kept as they were when a refresh
 * cannot read them.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import t from 'tap';
import { ListCatalog } from '../../gateway/dns/list-catalog.js';

t.test('lists from a file and a URL, refreshed atomically', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-lists-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'ads.txt');
  await writeFile(file, '0.0.0.0 ads.example\n');
  let served: string | undefined = '||tracker.example^\n';
  const server = createServer((_request, response) => {
    if (served === undefined) response.writeHead(503).end();
    else response.writeHead(200, { 'content-type': 'text/plain' }).end(served);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/trackers.txt`;
  const catalog = await ListCatalog.load(
    [
      { name: 'ads', category: 'ads', source: file },
      { name: 'trackers', category: 'tracker', source: url },
    ],
    pino({ level: 'silent' }),
  );
  t.same(catalog.summaries(), [
    { name: 'ads', category: 'ads', domains: 1 },
    { name: 'trackers', category: 'tracker', domains: 1 },
  ]);
  t.ok(catalog.get('trackers')!.list.match('a.tracker.example'), 'the URL’s list blocks');
  const before = catalog.all();

  served = '||tracker.example^\n||pixel.example^\n';
  await writeFile(file, '0.0.0.0 ads.example\n0.0.0.0 banner.example\n');
  await catalog.refresh();
  t.same(
    catalog.summaries().map(({ domains }) => domains),
    [2, 2],
    'a refresh reads both again',
  );
  t.ok(catalog.get('trackers')!.list.match('pixel.example'));
  t.ok(before[1]!.list.match('pixel.example') === undefined, 'the old version is whole, not changed under a query');

  served = undefined;
  await rm(file);
  await catalog.refresh();
  t.same(
    catalog.summaries().map(({ domains }) => domains),
    [2, 2],
    'lists that cannot be read keep their last version',
  );

  await t.rejects(
    ListCatalog.load([{ name: 'gone', category: 'other', source: join(dir, 'nope.txt') }], pino({ level: 'silent' })),
    { message: /DNS list gone \(.*nope\.txt\) could not be read/ },
    'a list unreadable at start stops the start, naming it',
  );
});
