export class RateCardError extends Error {}

export class RateCard {
  constructor(private readonly rates: Record<string, number>) {}

  rateFor(service: string): number {
    const rate = this.rates[service];
    if (rate === undefined) throw new RateCardError(`no rate for ${service}`);
    return rate;
  }

  quote(service: string, hours: number): number {
    if (hours <= 0) throw new RateCardError('hours must be positive');
    return Math.round(this.rateFor(service) * hours * 100) / 100;
  }

  services(): string[] {
    return Object.keys(this.rates).sort();
  }
}
