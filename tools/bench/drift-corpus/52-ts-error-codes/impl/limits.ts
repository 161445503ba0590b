import type { AccountStore } from './store.js';

export const enum LimitError {
  NotFound = 'E_NOT_FOUND',
  Locked = 'E_LOCKED',
}

export async function setDailyLimit(store: AccountStore, accountId: string, limit: number) {
  const account = await store.load(accountId);
  if (!account) return { code: LimitError.NotFound };
  if (account.locked) return { code: LimitError.Locked };
  await store.update(accountId, { dailyLimit: limit });
  return { code: 'OK', limit };
}

export async function dailyLimit(store: AccountStore, accountId: string) {
  const account = await store.load(accountId);
  if (!account) return -1;
  return account.dailyLimit ?? -1;
}
