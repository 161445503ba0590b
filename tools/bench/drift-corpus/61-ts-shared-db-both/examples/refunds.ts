import { db } from './db.js';
import { NotFoundError } from './errors.js';

export async function getRefund(refundId: string) {
  const refund = await db.refunds.findOne(refundId);
  if (!refund) throw new NotFoundError(refundId);
  return refund;
}

export async function approveRefund(refundId: string) {
  const refund = await getRefund(refundId);
  await db.refunds.update(refundId, { ...refund, approved: true });
}

export async function listRefunds(orderId: string) {
  return db.refunds.find({ orderId });
}
