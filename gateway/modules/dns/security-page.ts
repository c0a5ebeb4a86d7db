/**
 * The "are you secure?" page, served by the resolver's DoH listener at /secure: it starts a check,
 * makes the browser resolve the probe's name (by loading an image from it), and shows the verdict
 * with what to do. /secure/start and /secure/status are its JSON calls (the same check as
 * DnsService.StartSecurityCheck and SecurityStatus).
 */
import type { PageResponse } from '../../dns/doh-server.js';
import type { SecurityCheck } from './security-check.js';

const HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'self'; img-src https:; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

export function securityPages(check: SecurityCheck) {
  return async ({ method, url }: { method: string; url: URL }): Promise<PageResponse | undefined> => {
    const json = (body: unknown, status = 200): PageResponse => ({
      status,
      type: 'application/json',
      body: JSON.stringify(body),
      headers: HEADERS,
    });
    switch (`${method} ${url.pathname}`) {
      case 'GET /secure':
        return { status: 200, type: 'text/html; charset=utf-8', body: PAGE, headers: HEADERS };
      case 'GET /secure/check.js':
        return { status: 200, type: 'text/javascript; charset=utf-8', body: SCRIPT, headers: HEADERS };
      case 'GET /secure/probe.png':
        return {
          status: 204,
          type: 'image/png',
          body: '',
          headers: { ...HEADERS, 'access-control-allow-origin': '*' },
        };
      case 'POST /secure/start':
        return json(await check.start());
      case 'GET /secure/status': {
        const id = url.searchParams.get('id') ?? '';
        if (!/^[0-9a-f]{20}$/.test(id)) return json({ error: 'id must be a probe id' }, 400);
        try {
          return json(await check.status(id, ''));
        } catch {
          return json({ error: 'no such check: start another' }, 404);
        }
      }
      default:
        return undefined;
    }
  };
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Are you secure? · Redoubt</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
#verdict{font-size:1.4rem;font-weight:600}.ok{color:#0a7d32}.bad{color:#b3261e}li{margin:.5rem 0}</style></head>
<body><h1>Are you secure?</h1>
<p id="verdict" role="status">Checking how this device resolves names…</p>
<ul id="advice"></ul>
<p id="setup" hidden>Encrypted DNS for your devices: DoH URL <code id="doh"></code>, Android Private DNS <code id="dot"></code>
(a device token from your org goes in place of &lt;token&gt;).</p>
<script src="/secure/check.js"></script></body></html>
`;

const SCRIPT = `(async () => {
  const verdict = document.getElementById('verdict');
  try {
    const start = await (await fetch('/secure/start', { method: 'POST' })).json();
    // Resolving the probe's name is the test: the image itself need not load.
    await new Promise((done) => {
      const image = new Image();
      image.onload = image.onerror = done;
      setTimeout(done, 4000);
      image.src = 'https://' + start.probeName + (location.port ? ':' + location.port : '') + '/secure/probe.png';
    });
    const status = await (await fetch('/secure/status?id=' + start.probeId)).json();
    verdict.textContent = status.secure
      ? 'You are secure: your names go encrypted to your org\\'s resolver' + (status.deviceName ? ' (device: ' + status.deviceName + ')' : '') + '.'
      : 'You are not secure yet.';
    verdict.className = status.secure ? 'ok' : 'bad';
    verdict.dataset.dns = status.dns;
    const list = document.getElementById('advice');
    for (const line of status.advice) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    document.getElementById('doh').textContent = status.dohUrlTemplate;
    document.getElementById('dot').textContent = status.dotHostnameTemplate;
    document.getElementById('setup').hidden = false;
  } catch (error) {
    verdict.textContent = 'The check could not run: ' + error;
    verdict.className = 'bad';
  }
})();
`;
