import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import type { TestClient } from "./testClient";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client carrying the test client's session cookie and our Origin. */
export function connectSocket(client: TestClient | null, baseUrl: string, options: { origin?: string } = {}): TestSocket {
  const headers: Record<string, string> = { origin: options.origin ?? baseUrl };
  if (client) headers.cookie = client.cookieHeader();
  return connect(baseUrl, { transports: ["websocket"], reconnection: false, extraHeaders: headers, forceNew: true });
}

/** Resolves when connected (after the server's hello), rejects with the server's refusal. */
export function socketReady(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("server.hello", () => resolve());
    socket.once("connect_error", (error) => reject(error));
  });
}

export function socketDisconnected(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
}
