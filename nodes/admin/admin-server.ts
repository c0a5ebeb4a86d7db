/**
 * Serves the admin socket of a running node: a Unix socket in its data directory, mode 0600. Each
 * connection carries one request; handlers may report progress before their result. Failures go
 * back as `{ok: false, error: {code, message}}`; secrets in requests are never logged.
 */
import { chmod, unlink } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { InvalidCommandError, RedoubtError } from '../../actors/index.js';
import { MAX_REQUEST_BYTES, parseAdminRequest } from './admin-protocol.js';
import type { AdminLine, AdminRequest } from './admin-protocol.js';

/** Runs one request; `progress` sends a line to the operator at once. */
export type AdminHandler = (
  request: AdminRequest,
  progress: (update: Record<string, unknown>) => void,
) => Promise<unknown>;

export interface AdminSocket {
  readonly path: string;
  close(): Promise<void>;
}

/** Where a node's admin socket is. */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, 'admin.sock');
}

/**
 * Listens on the data directory's admin socket, replacing a stale one left by a crash.
 * @throws ConfigError-like RedoubtError (`ADMIN_SOCKET_BUSY`) when another running node answers on it
 */
export async function serveAdminSocket(dataDir: string, handle: AdminHandler, log: Logger): Promise<AdminSocket> {
  const path = adminSocketPath(dataDir);
  await removeStaleSocket(path);
  const server = createServer((socket) => void serveOne(socket, handle, log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Created with a umask that leaves it to its owner; chmod below makes sure.
    server.listen(path, () => resolve());
  });
  await chmod(path, 0o600);
  return { path, close: () => closeServer(server, path) };
}

async function serveOne(socket: Socket, handle: AdminHandler, log: Logger): Promise<void> {
  const send = (line: AdminLine) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(line)}\n`);
  };
  try {
    const request = parseAdminRequest(await readRequest(socket));
    log.info({ op: request.op }, 'admin request');
    const result = await handle(request, (update) => send({ progress: update }));
    send({ ok: true, result: result ?? null });
  } catch (error) {
    const failure =
      error instanceof RedoubtError
        ? {
            code: error.code,
            message: error.message,
            ...(error.details === undefined ? {} : { details: error.details }),
          }
        : { code: 'INTERNAL', message: 'the node failed to handle the request; see its log' };
    if (!(error instanceof RedoubtError)) log.error({ err: error }, 'admin request failed');
    send({ ok: false, error: failure });
  } finally {
    socket.end();
  }
}

function readRequest(socket: Socket): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      const newline = chunk.indexOf(0x0a);
      const part = newline === -1 ? chunk : chunk.subarray(0, newline);
      size += part.length;
      if (size > MAX_REQUEST_BYTES)
        return finish(new InvalidCommandError(`request longer than ${MAX_REQUEST_BYTES} bytes`));
      chunks.push(part);
      if (newline !== -1) finish();
    };
    const finish = (error?: Error) => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      if (error !== undefined) return reject(error);
      const text = Buffer.concat(chunks).toString('utf8');
      chunks.forEach((chunk) => chunk.fill(0));
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new InvalidCommandError('the request is not one line of JSON'));
      }
    };
    const onEnd = () => finish(chunks.length === 0 ? new InvalidCommandError('empty request') : undefined);
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', reject);
  });
}

/** A socket file nobody answers on is left from a crash: remove it. One that answers is busy. */
async function removeStaleSocket(path: string): Promise<void> {
  const answering = await new Promise<boolean>((resolve) => {
    const probe = createConnection(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
  if (answering) {
    throw new RedoubtError('ADMIN_SOCKET_BUSY', `${path}: another running node uses this data directory`);
  }
  await unlink(path).catch(() => undefined);
}

async function closeServer(server: Server, path: string): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await unlink(path).catch(() => undefined);
}
