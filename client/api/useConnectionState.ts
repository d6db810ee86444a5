import { useEffect, useState } from "react";
import { getSocket, rateLimitedNow } from "./socket";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline" | "limited";

/** The shared socket's state, for the "connected / reconnecting" indicator every live page shows. */
export function useConnectionState(): ConnectionState {
  const socket = getSocket();
  const [state, setState] = useState<ConnectionState>(socket.connected ? "connected" : "connecting");
  useEffect(() => {
    let calm: ReturnType<typeof setTimeout> | undefined;
    const connected = () => setState(rateLimitedNow() ? "limited" : "connected");
    const lost = () => setState(rateLimitedNow() ? "limited" : "reconnecting");
    const failed = () => setState(navigator.onLine ? "reconnecting" : "offline");
    // The server refused events for coming too fast: say so until it accepts them again.
    const limited = ({ retryAfterMs }: { retryAfterMs: number }) => {
      setState("limited");
      clearTimeout(calm);
      calm = setTimeout(() => setState(socket.connected ? "connected" : "reconnecting"), Math.max(retryAfterMs, 1_000));
    };
    socket.on("connect", connected);
    socket.on("disconnect", lost);
    socket.on("connect_error", failed);
    socket.on("system.rate_limited", limited);
    socket.io.on("reconnect_attempt", lost);
    if (socket.connected) connected();
    return () => {
      clearTimeout(calm);
      socket.off("connect", connected);
      socket.off("disconnect", lost);
      socket.off("connect_error", failed);
      socket.off("system.rate_limited", limited);
      socket.io.off("reconnect_attempt", lost);
    };
  }, [socket]);
  return state;
}
