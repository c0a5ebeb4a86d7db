/**
 * The DNS firewall's lists: hosts, domain and adblock formats, wildcards, allow rules winning, bad
 * lines skipped; and the real EasyList and EasyPrivacy that Debian ships (uBlock Origin's assets)
 * loaded and matched.
 */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { Blocklist } from '../../gateway/dns/blocklist.js';

const EASYLIST_DIR =
  '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/assets/thirdparties/easylist';

t.test('the three formats, wildcards and allow rules', async (t) => {
  const list = Blocklist.of(
    [
      '# a hosts file',
      '0.0.0.0 ads.example.com',
      '127.0.0.1 localhost',
      '0.0.0.0 pixel.example.net  tracker.example.net # two names',
    ].join('\n'),
    ['tracking.example.org', '*.cdn.example.org', 'Upper.Example.COM.'].join('\n'),
    [
      '! an adblock list',
      '||doubleclick.net^',
      '||metrics.example.io^$important',
      '||images.example.io^$image',
      '||example.io/path^',
      '@@||good.doubleclick.net^',
      '##.banner',
    ].join('\n'),
  );
  t.same(list.stats(), { blocked: 8, allowed: 1, skipped: 2 });
  const cases: [string, string | undefined][] = [
    ['ads.example.com', 'ads.example.com'],
    ['x.ads.example.com', undefined], // a hosts line blocks that name alone
    ['example.com', undefined],
    ['localhost', undefined], // hosts files' own names are not rules
    ['tracker.example.net', 'tracker.example.net'],
    ['tracking.example.org', 'tracking.example.org'],
    ['a.b.tracking.example.org', 'tracking.example.org'],
    ['cdn.example.org', undefined], // *. covers the names below only
    ['img.cdn.example.org', '*.cdn.example.org'],
    ['upper.example.com', 'upper.example.com'],
    ['UPPER.example.com.', 'upper.example.com'],
    ['stats.g.doubleclick.net', 'doubleclick.net'],
    ['good.doubleclick.net', undefined], // allowed
    ['x.good.doubleclick.net', undefined],
    ['metrics.example.io', 'metrics.example.io'],
    ['images.example.io', undefined], // a rule for images says nothing about DNS
    ['notdoubleclick.net', undefined],
  ];
  for (const [name, rule] of cases) t.equal(list.match(name)?.rule, rule, `${name}: ${rule ?? 'not blocked'}`);
});

t.test('bad lines are skipped, never rules', async (t) => {
  const list = Blocklist.of(
    [
      '||^',
      '||-bad-.com^',
      'a..b',
      `${'x'.repeat(64)}.com`,
      'with space here',
      '0.0.0.0',
      '||under_score.example^',
    ].join('\n'),
  );
  t.same(list.stats(), { blocked: 1, allowed: 0, skipped: 6 });
  t.equal(list.match('under_score.example')?.rule, 'under_score.example');
});

t.test("Debian's EasyList and EasyPrivacy load, and block what they list", async (t) => {
  const [easylist, easyprivacy] = await Promise.all(
    ['easylist.txt', 'easyprivacy.txt'].map((file) => readFile(`${EASYLIST_DIR}/${file}`, 'utf8')),
  );
  const list = new Blocklist();
  const privacy = list.add(easyprivacy!);
  const ads = list.add(easylist!);
  t.comment(`EasyPrivacy: ${JSON.stringify(privacy)}, EasyList: ${JSON.stringify(ads)}`);
  t.ok(privacy.blocked > 20_000 && ads.blocked > 20_000, 'tens of thousands of domains each');
  // Names each list holds as a plain `||domain^` rule, picked from the files themselves.
  for (const text of [easyprivacy!, easylist!]) {
    const domains = [...text.matchAll(/^\|\|([a-z0-9.-]+)\^$/gm)].map((m) => m[1]!);
    for (const domain of [domains[0]!, domains[Math.floor(domains.length / 2)]!, domains.at(-1)!]) {
      t.equal(list.match(`www.${domain}`)?.rule ?? list.match(domain)?.rule, domain, `${domain} is blocked`);
    }
  }
  t.equal(list.match('debian.org'), undefined);
});
