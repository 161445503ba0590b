import { db } from './db.js';
import { NotFoundError, ValidationError } from './errors.js';
import { formatCents } from './money.js';

export async function getChargeback(chargebackId: string) {
  const chargeback = await db.chargebacks.findOne(chargebackId);
  if (!chargeback) throw new NotFoundError(chargebackId);
  return chargeback;
}

export async function disputeChargeback(chargebackId: string, evidence: string) {
  if (evidence.trim().length < 20) throw new ValidationError('evidence is too short');
  const chargeback = await getChargeback(chargebackId);
  await db.chargebacks.update(chargebackId, { evidence, status: 'disputed' });
  return `${chargeback.id}: disputed ${formatCents(chargeback.amountCents)}`;
}
