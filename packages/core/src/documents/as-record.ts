/**
 * Parsed YAML / JSON is untrusted shape: a mapping where a rule expects one may be a list, a string or
 * null. These guards are the one way the packages look inside such a value.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a mapping, or undefined when it is anything else (a list, a scalar, null). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
