import { NotFoundError } from './errors.js';
import type { WalletRepository } from './wallet-repository.js';

export class WalletService {
  constructor(private readonly wallets: WalletRepository) {}

  async getWallet(walletId: string) {
    const wallet = await this.wallets.findById(walletId);
    if (!wallet) throw new NotFoundError(`wallet ${walletId}`);
    return wallet;
  }

  async deposit(walletId: string, cents: number) {
    const wallet = await this.getWallet(walletId);
    await this.wallets.save({ ...wallet, balance: wallet.balance + cents });
  }

  async balance(walletId: string) {
    return (await this.getWallet(walletId)).balance;
  }

  withdraw(walletId: string, cents: number, callback: (err: Error | null) => void) {
    this.wallets.lockAndDebit(walletId, cents, (err) => callback(err));
  }

  history(walletId: string, done: (err: Error | null, entries?: unknown[]) => void) {
    this.wallets.entries(walletId, (err, entries) => done(err, entries));
  }
}
