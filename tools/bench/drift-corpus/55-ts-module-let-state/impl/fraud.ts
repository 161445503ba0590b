import type { AccountStore } from './store.js';
import { FraudSuspectedError } from './errors.js';

let recentWithdrawals: { accountId: string; at: number }[] = [];
let flaggedCount = 0;

export async function checkWithdrawal(store: AccountStore, accountId: string, amount: number) {
  const now = Date.now();
  recentWithdrawals = recentWithdrawals.filter((w) => now - w.at < 60_000);
  recentWithdrawals.push({ accountId, at: now });
  const burst = recentWithdrawals.filter((w) => w.accountId === accountId).length;
  if (burst > 3 || amount > 10_000) {
    flaggedCount++;
    await store.flag(accountId);
    throw new FraudSuspectedError(accountId);
  }
}

export function flaggedSoFar() {
  return flaggedCount;
}

export function resetFraudWindow() {
  recentWithdrawals = [];
  flaggedCount = 0;
}
