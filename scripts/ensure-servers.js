#!/usr/bin/env node
// Checks that the real servers and third-party clients the tests start are installed; as root it
// installs missing ones with apt-get (as in CI), otherwise it stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';

/** What the tests run → how to tell it is there → its Debian package. */
const NEEDED = [
  ['nats-server', 'command -v nats-server', 'nats-server'],
  ['swtpm', 'command -v swtpm', 'swtpm'],
  ['tpm2-tools', 'command -v tpm2_unseal', 'tpm2-tools'],
  // Let's Encrypt's test ACME CA (and its DNS stand-in) for the gateway's ACME certificates.
  ['pebble', 'command -v pebble && command -v pebble-challtestsrv', 'pebble'],
  // An unmodified third-party gRPC client (Debian's Python, not a pyenv one).
  ['python grpcio', '/usr/bin/python3 -c "import grpc"', 'python3-grpcio'],
  ['python grpc-tools (protoc)', '/usr/bin/python3 -c "import grpc_tools.protoc"', 'python3-grpc-tools'],
  ['python protobuf', '/usr/bin/python3 -c "import google.protobuf"', 'python3-protobuf'],
  // Directory servers for LDAP and Active Directory login, started by the tests on loopback.
  ['slapd', 'test -x /usr/sbin/slapd && command -v ldapadd', 'slapd ldap-utils'],
  [
    'samba AD DC',
    'command -v samba && command -v samba-tool && test -d /usr/share/samba/setup',
    'samba samba-ad-dc samba-ad-provision',
  ],
  // A real browser for passkeys and gRPC-Web, driven by playwright-core (never a downloaded one).
  ['chromium', 'command -v chromium', 'chromium'],
  // The DNS firewall's upstream resolver, and a real DNS client to ask it through the firewall.
  ['unbound', 'test -x /usr/sbin/unbound', 'unbound'],
  ['dig', 'command -v dig', 'bind9-dnsutils'],
  // kdig asks over DNS over TLS and DNS over HTTPS; dnsperf drives the DNS benchmark.
  ['kdig', 'command -v kdig', 'knot-dnsutils'],
  ['dnsperf', 'command -v dnsperf', 'dnsperf'],
  // h2load drives the DoH figure (dnsperf's DoH client keeps one query in flight per connection).
  ['h2load', 'command -v h2load', 'nghttp2-client'],
  // Real filter lists (EasyList, EasyPrivacy) for the DNS firewall, from uBlock Origin's assets.
  [
    'EasyList and EasyPrivacy',
    "test -f '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/assets/thirdparties/easylist/easyprivacy.txt'",
    'webext-ublock-origin-firefox',
  ],
];

const missing = NEEDED.filter(([, check]) => spawnSync('sh', ['-c', `${check} >/dev/null 2>&1`]).status !== 0);
if (missing.length === 0) process.exit(0);
const packages = [...new Set(missing.flatMap(([, , pkg]) => pkg.split(' ')))];
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
if (process.getuid?.() !== 0) {
  console.error(
    `The tests need: ${missing.map(([what]) => what).join(', ')}. Install them with:\n  sudo sh -c '${command}'`,
  );
  process.exit(1);
}
console.error(`installing ${packages.join(', ')} for the tests…`);
execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
