/** The CLI's side of the admin socket: sends one request, relays progress, returns the result. */
import { createConnection } from 'node:net';
import { errorFromFailure, RedoubtError } from '../../actors/index.js';
import type { AdminLine, AdminRequest } from './admin-protocol.js';
import { adminSocketPath } from './admin-server.js';

/**
 * @throws RedoubtError with the node's error code, or `NODE_NOT_RUNNING` when nothing answers
 */
export function callAdmin(
  dataDir: string,
  request: AdminRequest,
  onProgress: (update: Record<string, unknown>) => void = () => undefined,
): Promise<unknown> {
  const path = adminSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let buffered = '';
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      socket.destroy();
    };
    socket.once('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        const line = JSON.parse(buffered.slice(0, newline)) as AdminLine;
        buffered = buffered.slice(newline + 1);
        if ('progress' in line) onProgress(line.progress);
        else if (line.ok) settle(() => resolve(line.result));
        else {
          const { code, message, details } = line.error;
          settle(() => reject(errorFromFailure({ code, message, retryable: false, details: details ?? {} })));
        }
      }
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const absent = error.code === 'ENOENT' || error.code === 'ECONNREFUSED';
      settle(() =>
        reject(
          absent
            ? new RedoubtError('NODE_NOT_RUNNING', `no node answers on ${path}: start it with \`redoubt start\``)
            : error,
        ),
      );
    });
    socket.once('close', () =>
      settle(() => reject(new RedoubtError('NODE_GONE', 'the node closed the admin socket without an answer'))),
    );
  });
}
