import { NotFoundError, ValidationError } from './errors.js';
import type { OrderStore } from './order-store.js';

export interface Order {
  id: string;
  status: 'open' | 'paid' | 'cancelled';
}

type Callback<T> = (err: Error | null, value?: T) => void;

export class OrderService {
  constructor(private readonly store: OrderStore) {}

  getOrder(orderId: string, callback: Callback<Order>): void {
    this.store.find(orderId, (err, order) => {
      if (err) return callback(err);
      if (!order) return callback(new NotFoundError(`order ${orderId}`));
      callback(null, order);
    });
  }

  cancelOrder(orderId: string, callback: Callback<Order>): void {
    this.getOrder(orderId, (err, order) => {
      if (err || !order) return callback(err);
      if (order.status === 'paid') return callback(new ValidationError('paid orders cannot be cancelled'));
      const cancelled: Order = { ...order, status: 'cancelled' };
      this.store.save(cancelled, (saveErr) => callback(saveErr, cancelled));
    });
  }
}
