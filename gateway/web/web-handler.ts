/**
 * What the gateway's port serves to browsers: the sign-in page and its assets, and the API as
 * gRPC-Web and Connect (connect-routes.ts). A request that names an origin must name an allowed one
 * (the deployment's `--web-origin`): any other is refused before it reaches the API, so a page
 * elsewhere cannot drive a signed-in user's browser against it. Allowed cross-origin pages get
 * CORS answers; the gateway's own pages need none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import { createContextValues } from '@connectrpc/connect';
import type { ConnectRouter } from '@connectrpc/connect';
import { packageRoot } from '../../proto/index.js';
import { PEER } from './connect-routes.js';
import type { WebHandler } from './shared-port.js';

/** The page's files: path → content type and file under gateway/web/page. */
const ASSETS: Readonly<Record<string, readonly [string, string]>> = {
  '/': ['text/html; charset=utf-8', 'sign-in.html'],
  '/sign-in': ['text/html; charset=utf-8', 'sign-in.html'],
  // Where OpenID providers send the browser back: the page finishes the sign-in.
  '/oidc/callback': ['text/html; charset=utf-8', 'sign-in.html'],
  '/sign-in.js': ['text/javascript; charset=utf-8', 'sign-in.js'],
  '/sign-in.css': ['text/css; charset=utf-8', 'sign-in.css'],
};

/** Headers of every answer: no framing, no sniffing, no referrer, scripts only from here. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000',
  'cache-control': 'no-store',
} as const;

/** Request headers a page's calls may send, and response headers it may read (CORS). */
const ALLOWED_HEADERS =
  'authorization, content-type, connect-protocol-version, connect-timeout-ms, grpc-timeout, x-grpc-web, x-user-agent, idempotency-key, x-redoubt-issue';
const EXPOSED_HEADERS = 'grpc-status, grpc-message, redoubt-code, redoubt-reason, redoubt-field, redoubt-step-up';

export interface WebOptions {
  /** The API's routes (connectRoutes). */
  readonly routes: (router: ConnectRouter) => void;
  /** The origins pages may call from (scheme, host and port), read at each request. */
  origins(): readonly string[];
}

export function webHandler(options: WebOptions): WebHandler {
  const pages = new Map(
    Object.entries(ASSETS).map(([path, [type, file]]) => [
      path,
      { type, body: readFileSync(join(packageRoot(), 'gateway', 'web', 'page', file)) },
    ]),
  );
  const api = connectNodeAdapter({
    routes: options.routes,
    grpc: false,
    grpcWeb: true,
    connect: true,
    readMaxBytes: 1024 * 1024,
    contextValues: (request) =>
      createContextValues().set(PEER, (request.socket?.remoteAddress ?? '').replace(/^::ffff:/, '')),
  });

  return (request: Http2ServerRequest, response: Http2ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!options.origins().includes(origin)) {
        response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`origin ${origin.slice(0, 200)} may not call this gateway (see --web-origin)\n`);
        return;
      }
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'origin');
      response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-methods': 'POST, GET',
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
        });
        response.end();
        return;
      }
    }
    const page = request.method === 'GET' ? pages.get(request.url.split('?')[0]!) : undefined;
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': page.type });
      response.end(page.body);
      return;
    }
    api(request, response);
  };
}
