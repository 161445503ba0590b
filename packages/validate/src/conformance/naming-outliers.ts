import type { IdentifierKind } from './features.js';
import type { ScoredObservation } from './score.js';

/** How many differently named identifiers show a naming convention of their own. */
const CONVENTION_NAMES = 3;
/**
 * Kinds every file names many of, where an odd one is an exception. Constants and classes are few
 * per file: two camelCase constants can be all the constants a module has, its whole convention.
 */
const NUMEROUS_KINDS: ReadonlySet<IdentifierKind | undefined> = new Set(['function', 'variable']);
/** What an outlier's naming drift weighs: a hint, below the auto-fix band even at 100. */
export const OUTLIER_WEIGHT = 0.25;

/**
 * A naming convention shows in several names or in more than one kind of name. One or two odd
 * names of a single kind (a factory named after the type it builds, two locals spelled after a
 * tool's output) beside names that follow the house are exceptions a reviewer lets through, not
 * a second convention. A name seen twice is one name. Returns the weight of the naming category.
 */
export function namingOutlierWeight(naming: ScoredObservation[]): number {
  const foreign = naming.filter((s) => s.foreignness >= 0.5 && s.observation.name !== undefined);
  const names = new Set(foreign.map((s) => `${s.observation.kind ?? ''}:${s.observation.name ?? ''}`));
  const kinds = new Set(foreign.map((s) => s.observation.kind));
  const [kind] = kinds;
  return names.size > 0 && names.size < CONVENTION_NAMES && kinds.size === 1 && NUMEROUS_KINDS.has(kind) ? OUTLIER_WEIGHT : 1;
}

/** Kinds a file names few of (see NUMEROUS_KINDS), where one name in the examples is all they may show. */
const FEW_KINDS: ReadonlySet<IdentifierKind | undefined> = new Set(['constant', 'class']);

/**
 * Constants and classes are few per file, so two of them can be a module's whole convention; one
 * alone in the examples (`const NPM_EVENTS = new Set(…)`, a command class named after its command,
 * `class install_scripts`) is one name, not yet a house rule that a camelCase `const
 * titleSeparator = ' › '` or a PascalCase helper class breaks. What the implementation's names
 * diverge from it weighs as an outlier does. Returns the weight of one naming group.
 */
export function thinFewNamesConventionWeight(group: ScoredObservation[]): number {
  const kind = group[0]?.observation.kind;
  const support = Math.min(...group.map((s) => s.expected.total));
  return FEW_KINDS.has(kind) && support < 2 ? OUTLIER_WEIGHT : 1;
}
