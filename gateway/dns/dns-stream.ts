/**
 * DNS over a byte stream (TCP, and TLS for DoT): messages framed by a two-byte length (RFC 1035
 * 4.2.2), answered as they come and possibly out of order (RFC 7766 pipelining), the connection
 * closed when idle or when a frame announces more than a DNS message can hold.
 */
import type { Socket } from 'node:net';
import { framed } from './dns-message.js';

const IDLE_MS = 10_000;
/** Queries one connection may have unanswered at once: more and it is read no further until some are. */
const MAX_IN_FLIGHT = 64;

/** Reads framed messages from `socket` and writes back what `reply` makes of each (nothing: no answer). */
export function serveStream(
  socket: Socket,
  reply: (message: Buffer) => Buffer | undefined | Promise<Buffer | undefined>,
): void {
  socket.setTimeout(IDLE_MS, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  let inFlight = 0;
  socket.on(
    'data',
    frameReader((message) => {
      if (++inFlight === MAX_IN_FLIGHT) socket.pause();
      void Promise.resolve()
        .then(() => reply(message))
        .catch(() => undefined)
        .then((bytes) => {
          if (inFlight-- === MAX_IN_FLIGHT) socket.resume();
          if (bytes !== undefined && !socket.destroyed) socket.write(framed(bytes));
        });
    }),
  );
}

/** Cuts a stream's chunks into the messages their two-byte lengths frame, in order. */
export function frameReader(onMessage: (message: Buffer) => void): (chunk: Buffer) => void {
  let buffered: Buffer = Buffer.alloc(0);
  return (chunk) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
      const message = buffered.subarray(2, 2 + buffered.readUInt16BE(0));
      buffered = buffered.subarray(2 + message.length);
      onMessage(message);
    }
  };
}
