import { db } from './db.js';
import { NotFoundError } from './errors.js';

export async function getPayout(payoutId: string) {
  const payout = await db.payouts.findOne(payoutId);
  if (!payout) throw new NotFoundError(payoutId);
  return payout;
}

export async function markPaid(payoutId: string, paidAt: Date) {
  await getPayout(payoutId);
  await db.payouts.update(payoutId, { paidAt: paidAt.toISOString() });
}
