import type { Socket as NetSocket } from "node:net";

/** The parts of an engine.io connection this touches (engine.io 6; not in its public types). */
interface EngineConnection {
  flush(): void;
  transport?: { socket?: { _socket?: NetSocket } };
}

/**
 * Writes what a connection is sent in one synchronous run as one TCP write. A Socket.IO event with
 * binary data (every doc.sync) is two WebSocket frames, text then attachment; engine.io flushes the
 * first at once and holds the second until the first write's callback, so each event cost two
 * writes and a wait. Here the flush waits for the end of the current run (a microtask), sends every
 * packet waiting, and the socket is corked meanwhile, so the frames go out in one writev.
 */
export function coalesceWrites(connection: EngineConnection): void {
  const flush = connection.flush.bind(connection);
  let scheduled = false;
  connection.flush = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      // The WebSocket's TCP socket (none while long-polling).
      const raw = connection.transport?.socket?._socket;
      raw?.cork();
      try {
        flush();
      } finally {
        raw?.uncork();
      }
    });
  };
}
