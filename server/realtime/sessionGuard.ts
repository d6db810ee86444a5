import { domainEvents } from "../domainEvents";
import { SessionRecord } from "../models/SessionRecord";
import { User, userMayUseAccount } from "../models/User";
import { accessChangeMark, primeSocketActors } from "./socketActors";
import type { GreychairIo } from "./socketServer";

const CHECK_INTERVAL_MS = 2_000;

/**
 * Sockets live longer than the request that opened them. Revocations in this process drop them at
 * once (domain events); a check every 2 s catches the rest — sessions expired or revoked by another
 * instance, users deactivated or past their access end — well within the 5 s promise.
 */
export function startSessionGuard(io: GreychairIo): () => void {
  const onRevoked = (ids: string[]) => ids.forEach((id) => io.in(`session:${id}`).disconnectSockets(true));
  const onAccessChanged = (userId: string) => io.in(`user:${userId}`).disconnectSockets(true);
  domainEvents.on("sessions.revoked", onRevoked);
  domainEvents.on("user.accessChanged", onAccessChanged);

  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkConnectedSockets(io)
      .catch(() => {})
      .finally(() => (running = false));
  }, CHECK_INTERVAL_MS);
  timer.unref();

  return () => {
    clearInterval(timer);
    domainEvents.off("sessions.revoked", onRevoked);
    domainEvents.off("user.accessChanged", onAccessChanged);
  };
}

async function checkConnectedSockets(io: GreychairIo): Promise<void> {
  const sockets = [...io.sockets.sockets.values()].filter((socket) => socket.data.sessionId);
  if (sockets.length === 0) return;
  const sessionIds = [...new Set(sockets.map((s) => s.data.sessionId!))];
  const userIds = [...new Set(sockets.map((s) => s.data.userId!))];
  const mark = accessChangeMark();
  const readAt = Date.now();
  const [sessions, users] = await Promise.all([
    SessionRecord.find({ _id: { $in: sessionIds }, expiresAt: { $gt: new Date() } }, { _id: 1 }).lean(),
    User.find({ _id: { $in: userIds } }, { name: 1, active: 1, accessUntil: 1, role: 1 }).lean(),
  ]);
  // The same read serves the sockets' events for the next seconds (socketActors.ts).
  primeSocketActors(users, mark, readAt);
  const liveSessions = new Set(sessions.map((s) => s._id));
  const usable = new Map(users.map((u) => [String(u._id), userMayUseAccount(u) ? u.role : null]));
  for (const socket of sockets) {
    const role = usable.get(socket.data.userId!);
    if (!liveSessions.has(socket.data.sessionId!) || !role || role !== socket.data.role) socket.disconnect(true);
  }
}
