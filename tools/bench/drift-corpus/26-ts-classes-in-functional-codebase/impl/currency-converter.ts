import type { Result } from './parse-config.js';

export class CurrencyConverter {
  private readonly rates: Map<string, number>;

  constructor(rates: Record<string, number>) {
    this.rates = new Map(Object.entries(rates));
  }

  rateFor(currency: string): Result<number> {
    const rate = this.rates.get(currency.toUpperCase());
    if (rate === undefined) return { ok: false, error: `unknown currency ${currency}` };
    return { ok: true, value: rate };
  }

  convert(amount: number, from: string, to: string): Result<number> {
    const source = this.rateFor(from);
    if (!source.ok) return source;
    const target = this.rateFor(to);
    if (!target.ok) return target;
    return { ok: true, value: (amount / source.value) * target.value };
  }

  supported(): string[] {
    return [...this.rates.keys()];
  }
}
