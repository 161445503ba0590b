import { useEffect, useState } from 'react';
import type { Notification } from './types.js';

export interface NotificationBellProps {
  userId: string;
  loadNotifications: (userId: string) => Promise<Notification[]>;
  markAllRead: (userId: string) => Promise<void>;
}

export function NotificationBell({ userId, loadNotifications, markAllRead }: NotificationBellProps) {
  const [items, setItems] = useState<Notification[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    loadNotifications(userId)
      .then((loaded) => {
        if (!cancelled) setItems(loaded);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [userId, loadNotifications]);

  const handleOpen = () => {
    markAllRead(userId)
      .then(() => setItems((current) => current.map((n) => ({ ...n, read: true }))))
      .catch(() => setFailed(true));
  };

  if (failed) return <p className="error">Could not load notifications.</p>;
  return (
    <button type="button" onClick={handleOpen}>
      🔔 {items.filter((n) => !n.read).length}
    </button>
  );
}
