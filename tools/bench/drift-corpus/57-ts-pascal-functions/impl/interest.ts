import { getAccount } from './accounts.js';
import type { AccountStore } from './store.js';

export async function CalculateInterest(store: AccountStore, AccountId: string, Rate: number) {
  const Account = await getAccount(store, AccountId);
  const Interest = Account.balance * Rate;
  return Math.round(Interest * 100) / 100;
}

export async function ApplyInterest(store: AccountStore, AccountId: string, Rate: number) {
  const Interest = await CalculateInterest(store, AccountId, Rate);
  await store.credit(AccountId, Interest);
  return Interest;
}
