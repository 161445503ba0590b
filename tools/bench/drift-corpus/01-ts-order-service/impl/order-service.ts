import { NotFoundError, ValidationError } from './errors.js';
import type { OrderRepository } from './order-repository.js';
import type { Logger } from './logger.js';

export interface Order {
  id: string;
  customerId: string;
  lines: { sku: string; quantity: number }[];
  status: 'open' | 'paid' | 'cancelled';
}

export class OrderService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly logger: Logger,
  ) {}

  async getOrder(orderId: string): Promise<Order> {
    const order = await this.orders.findById(orderId);
    if (!order) throw new NotFoundError(`order ${orderId}`);
    return order;
  }

  async cancelOrder(orderId: string): Promise<Order> {
    const order = await this.getOrder(orderId);
    if (order.status === 'paid') throw new ValidationError('a paid order cannot be cancelled');
    const cancelled: Order = { ...order, status: 'cancelled' };
    await this.orders.save(cancelled);
    this.logger.info('order cancelled', { orderId });
    return cancelled;
  }
}
