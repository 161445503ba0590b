import type { Result } from './parse-config.js';

export class DurationFormatError extends Error {
  constructor(readonly input: string) {
    super(`invalid duration "${input}"`);
  }

  toJSON(): { input: string; message: string } {
    return { input: this.input, message: this.message };
  }
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(raw: string): Result<number, DurationFormatError> {
  const match = /^(\d+)(ms|s|m|h)$/.exec(raw.trim());
  if (!match) return { ok: false, error: new DurationFormatError(raw) };
  return { ok: true, value: Number(match[1]) * (UNITS[match[2] ?? 'ms'] ?? 1) };
}

export function parseTimeout(raw: string | undefined, fallbackMs: number): Result<number, DurationFormatError> {
  if (raw === undefined) return { ok: true, value: fallbackMs };
  return parseDuration(raw);
}
