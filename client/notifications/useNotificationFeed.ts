import { useCallback, useEffect, useState } from "react";
import type { PresentedNotification } from "../../shared/notificationTypes";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "../api/notifications";

const RECENT = 8;

export interface NotificationFeed {
  /** null until the first answer. */
  unreadCount: number | null;
  recent: PresentedNotification[];
  failed: boolean;
  markRead(id: string): Promise<void>;
  markAllRead(): Promise<void>;
}

/**
 * The signed-in user's unread count and most recent notifications, kept live by the socket
 * (notification.created / notification.read in the room user:<id>) and fetched again after a
 * reconnect, when events may have been missed.
 */
export function useNotificationFeed(): NotificationFeed {
  const [unreadCount, setUnreadCount] = useState<number | null>(null);
  const [recent, setRecent] = useState<PresentedNotification[]>([]);
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    listNotifications({ limit: RECENT }).then(
      (page) => {
        setRecent(page.notifications);
        setUnreadCount(page.unreadCount);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    load();
    const onCreated = ({ notification, unreadCount: count }: { notification: PresentedNotification; unreadCount: number }) => {
      setRecent((list) => [notification, ...list.filter((n) => n.id !== notification.id)].slice(0, RECENT));
      setUnreadCount(count);
    };
    const onRead = ({ ids, unreadCount: count }: { ids: string[] | "all"; unreadCount: number }) => {
      const readAt = new Date().toISOString();
      setRecent((list) => list.map((n) => (n.readAt === null && (ids === "all" || ids.includes(n.id)) ? { ...n, readAt } : n)));
      setUnreadCount(count);
    };
    let detach = () => {};
    let active = true;
    // The socket client is its own chunk (vite.config.ts "realtime"): the shell stays light, the bell goes live once it arrives.
    void import("../api/socket").then(({ getSocket }) => {
      if (!active) return;
      const socket = getSocket();
      socket.on("notification.created", onCreated);
      socket.on("notification.read", onRead);
      socket.io.on("reconnect", load);
      detach = () => {
        socket.off("notification.created", onCreated);
        socket.off("notification.read", onRead);
        socket.io.off("reconnect", load);
      };
    });
    return () => {
      active = false;
      detach();
    };
  }, [load]);

  const markRead = useCallback(async (id: string) => {
    const { unreadCount: count } = await markNotificationRead(id);
    setRecent((list) => list.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt: new Date().toISOString() } : n)));
    setUnreadCount(count);
  }, []);

  const markAllRead = useCallback(async () => {
    const newest = recent[0]?.createdAt;
    const { unreadCount: count } = await markAllNotificationsRead(newest);
    const readAt = new Date().toISOString();
    setRecent((list) => list.map((n) => (n.readAt === null ? { ...n, readAt } : n)));
    setUnreadCount(count);
  }, [recent]);

  return { unreadCount, recent, failed, markRead, markAllRead };
}
