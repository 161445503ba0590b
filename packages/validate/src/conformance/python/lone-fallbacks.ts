import type { Observation } from '../features.js';

/** How many fallback clauses make swallowing failures the module's own convention. */
const FALLBACK_CONVENTION = 2;
/** Error styles of validators that return their verdict instead of raising. */
const VERDICTS: ReadonlySet<string> = new Set(['false-returns', 'error-messages']);

/**
 * One except clause handing back a default (`except InvalidVersion: return version`,
 * `except conn.channel_errors: return 0`) is Python's EAFP idiom ("easier to ask for forgiveness
 * than permission", the glossary: a lookup tried and its expected failure caught), which every
 * house writes: one that raises, one that returns None for "not found", one whose views answer
 * errors with responses (a Django view returning `{"active": False}` for an unknown token). It is
 * no evidence of how the module reports errors, so it is left out. Swallowing failures is the
 * module's convention only when it recurs (humanize's formatters each return `str(value)` on a
 * bad number); and in a validator returning verdicts the fallback is that verdict again.
 */
export function withoutLoneFallbacks(observations: Observation[]): Observation[] {
  const fallbacks = observations.filter((o) => o.styles.length === 1 && o.styles[0] === 'fallback-value');
  if (fallbacks.length >= FALLBACK_CONVENTION) return observations;
  // In a validator that returns its verdict (`return False`, a message) from its guards, the
  // fallback (`except ValueError: return False`) is that verdict again, not an exception to raising.
  const others = observations.filter((o) => !fallbacks.includes(o)).flatMap((o) => o.styles);
  if (others.some((style) => VERDICTS.has(style))) return observations;
  return observations.filter((o) => !fallbacks.includes(o));
}
