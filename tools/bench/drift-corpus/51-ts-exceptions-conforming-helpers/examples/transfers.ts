import { withdraw } from './accounts.js';
import type { AccountStore } from './store.js';
import { TransferFailedError } from './errors.js';

export async function transfer(store: AccountStore, from: string, to: string, amount: number) {
  try {
    await withdraw(store, from, amount);
    await store.credit(to, amount);
  } catch (error) {
    throw new TransferFailedError(from, to, error);
  }
}
