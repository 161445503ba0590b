import { getAccount } from './accounts.js';
import type { AccountStore } from './store.js';
import { StatementError } from './errors.js';

const PAGE_SIZE = 50;

function formatLine(entry: { date: string; amount: number }): string {
  return `${entry.date}  ${entry.amount.toFixed(2)}`;
}

export async function monthlyStatement(store: AccountStore, accountId: string, month: string) {
  const account = await getAccount(store, accountId);
  const entries = await store.entries(accountId, { month, limit: PAGE_SIZE });
  if (entries.length === 0) throw new StatementError(`no entries for ${month}`);
  return [`Statement ${account.id} ${month}`, ...entries.map(formatLine)].join('\n');
}
