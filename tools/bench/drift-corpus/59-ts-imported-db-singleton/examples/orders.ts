import type { Db } from './db.js';
import { NotFoundError } from './errors.js';

export async function getOrder(db: Db, orderId: string) {
  const order = await db.orders.findOne(orderId);
  if (!order) throw new NotFoundError(orderId);
  return order;
}

export async function closeOrder(db: Db, orderId: string) {
  const order = await getOrder(db, orderId);
  await db.orders.update(orderId, { ...order, closed: true });
}
