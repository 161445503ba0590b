import { AccountLockedError, AccountNotFoundError } from './errors.js';
import type { AccountStore } from './store.js';

export async function getAccount(store: AccountStore, accountId: string) {
  const account = await store.load(accountId);
  if (!account) throw new AccountNotFoundError(accountId);
  return account;
}

export async function withdraw(store: AccountStore, accountId: string, amount: number) {
  const account = await getAccount(store, accountId);
  if (account.locked) throw new AccountLockedError(accountId);
  if (account.balance < amount) throw new RangeError('insufficient funds');
  await store.update(accountId, { balance: account.balance - amount });
  return account.balance - amount;
}
