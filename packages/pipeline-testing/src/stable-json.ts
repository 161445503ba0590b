import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that equal requests always serialise the same way. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** A short stable key for a request: sha256 of its stable JSON. */
export function requestKey(request: unknown): string {
  return createHash('sha256')
    .update(stableStringify(request ?? null))
    .digest('hex')
    .slice(0, 16);
}

/** A one-line preview of a request for error messages. */
export function preview(value: unknown, max = 120): string {
  const text = stableStringify(value ?? null) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
