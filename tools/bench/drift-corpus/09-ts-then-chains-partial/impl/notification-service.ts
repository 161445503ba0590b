import { NotFoundError } from './errors.js';
import type { NotificationRepository } from './notification-repository.js';
import type { PushGateway } from './push-gateway.js';

export interface Notification {
  id: string;
  userId: string;
  text: string;
  readAt?: string;
}

export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly push: PushGateway,
  ) {}

  getNotification(notificationId: string): Promise<Notification> {
    return this.notifications.findById(notificationId).then((found) => {
      if (!found) throw new NotFoundError(`notification ${notificationId}`);
      return found;
    });
  }

  markRead(notificationId: string): Promise<Notification> {
    return this.getNotification(notificationId)
      .then((n) => ({ ...n, readAt: new Date().toISOString() }))
      .then((updated) => this.notifications.save(updated).then(() => updated));
  }

  notify(userId: string, text: string): Promise<Notification> {
    const notification = { id: crypto.randomUUID(), userId, text };
    return this.notifications.insert(notification).then(() => this.push.send(userId, text)).then(() => notification);
  }

  async unreadCount(userId: string): Promise<number> {
    const all = await this.notifications.findByUser(userId);
    return all.filter((n) => !n.readAt).length;
  }
}
