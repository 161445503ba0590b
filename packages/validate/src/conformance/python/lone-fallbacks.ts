import type { Observation } from '../features.js';

/** How many fallback clauses make swallowing failures the module's own convention. */
const FALLBACK_CONVENTION = 2;
/** Error styles of validators that return their verdict instead of raising. */
const VERDICTS: ReadonlySet<string> = new Set(['false-returns', 'error-messages']);

/**
 * One except clause handing back a default (`except InvalidVersion: return version`,
 * `except conn.channel_errors: return 0`) is Python's EAFP idiom ("easier to ask for forgiveness
 * than permission", the glossary: a lookup tried and its expected failure caught), which a house
 * that raises writes too. Swallowing failures is the module's convention only when it recurs
 * (humanize's formatters each return `str(value)` on a bad number); a lone one fits either style,
 * but in a validator returning verdicts.
 */
export function loneFallbacksFitRaising(observations: Observation[]): Observation[] {
  const fallbacks = observations.filter((o) => o.styles.length === 1 && o.styles[0] === 'fallback-value');
  if (fallbacks.length >= FALLBACK_CONVENTION) return observations;
  // In a validator that returns its verdict (`return False`, a message) from its guards, the
  // fallback (`except ValueError: return False`) is that verdict again, not an exception to raising.
  const others = observations.filter((o) => !fallbacks.includes(o)).flatMap((o) => o.styles);
  if (others.some((style) => VERDICTS.has(style))) return observations;
  return observations.map((o) => (fallbacks.includes(o) ? { ...o, styles: ['fallback-value', 'exceptions'] } : o));
}
