import { useEffect, useState } from "react";
import { getSocket } from "./socket";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/** The shared socket's state, for the "connected / reconnecting" indicator every live page shows. */
export function useConnectionState(): ConnectionState {
  const socket = getSocket();
  const [state, setState] = useState<ConnectionState>(socket.connected ? "connected" : "connecting");
  useEffect(() => {
    const connected = () => setState("connected");
    const lost = () => setState("reconnecting");
    const failed = () => setState(navigator.onLine ? "reconnecting" : "offline");
    socket.on("connect", connected);
    socket.on("disconnect", lost);
    socket.on("connect_error", failed);
    socket.io.on("reconnect_attempt", lost);
    if (socket.connected) connected();
    return () => {
      socket.off("connect", connected);
      socket.off("disconnect", lost);
      socket.off("connect_error", failed);
      socket.io.off("reconnect_attempt", lost);
    };
  }, [socket]);
  return state;
}
