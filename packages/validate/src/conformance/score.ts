import { CATEGORIES, type Category, type FileFeatures, type IdentifierKind, type LanguageFamily, type Observation } from './features.js';
import { namingOutlierWeight, thinFewNamesConventionWeight } from './naming-outliers.js';
import { inOneUtilityFolder, isUtilityModule, isUtilityModuleOf } from './utility-modules.js';
import { isCallbackHouse } from './callback-house.js';
import { isImplementationAnecdote } from './implementation-anecdotes.js';
import { isUpperSnakeJsConstant } from './upper-snake-constants.js';
import { isPep8FunctionOfHouse, pythonLocalNamesStyle } from './python-local-names.js';
import { LOCALS_BY_FUNCTIONS, speaksForLocals } from './api-factory-names.js';
import { isPatchInPluginHouse, withPatchesAsParameters } from './prototype-plugins.js';
import { exportFormForeignness, setsNoExportForm } from './typescript/export-forms.js';
import { sharedInstancesOf, usesHouseInstance } from './shared-instances.js';
import { ANNOTATIONS_GROUP, ANNOTATION_WEIGHT, annotationForeignness, setsNoAnnotationStyle } from './python/annotations.js';

/** A style shared by at least this share of the examples' observations is fully "in style". */
export const IN_STYLE_SHARE = 0.25;
/** Foreign share below this is noise (one callback helper among many async functions). */
export const NOISE_SHARE = 0.1;
/**
 * How many observations in the examples make a style a house rule. Fewer weigh proportionally
 * less, and one alone among many functions (a single `throw`) is an anecdote that sets no
 * convention. Module system and structure are observed once per file, so two example files
 * already agree on them. Naming is left out: its conventions hold for every identifier of a kind,
 * and it weighs little anyway.
 */
export const FULL_SUPPORT = 3;
const FULL_SUPPORT_PER_FILE = 2;
const PER_FILE: ReadonlySet<string> = new Set(['module-system', 'structure']);
/** Examples with this many functions per showing of a style (10 for once, 20 for twice) set no convention for it. */
const ANECDOTE_FUNCTIONS = 10;
/** What a style seen once in small examples weighs: it can reach the auto-fix band, never escalate alone. */
const SINGLE_WEIGHT = 0.25;

/**
 * How much each category weighs in the overall score. Naming drift is cosmetic and mechanically
 * fixable, so on its own it stays within the auto-fix band.
 */
export const CATEGORY_WEIGHTS: Record<Category, number> = {
  'async-style': 1,
  'error-handling': 0.9,
  'module-system': 0.9,
  'data-flow': 0.8,
  structure: 0.8,
  naming: 0.29,
};

/** How often each style occurs in the examples, with one example of each for evidence. */
export interface StyleDistribution {
  total: number;
  counts: Map<string, number>;
  evidence: Map<string, { file: string; line: number; text: string }>;
}

export interface ScoredObservation {
  file: string;
  observation: Observation;
  /** 0 (a style the examples use) … 1 (a style they never use). */
  foreignness: number;
  expected: StyleDistribution;
}

export interface CategoryScore {
  category: Category;
  /** 0–100. */
  score: number;
  /** Per naming kind for naming; the category's one group otherwise. */
  scored: ScoredObservation[];
  /**
   * The part of the score from a mechanical group (annotations in structure), kept apart so the
   * overall score can count it with naming: see overallScore. `score` is the larger of the two.
   */
  mechanical?: { score: number; rest: number };
}

/** The group an observation is compared within: naming per identifier kind, async style of handlers apart. */
export function groupKey(o: Observation): string {
  if (o.category === 'naming') return `naming:${o.kind ?? ''}`;
  if (o.category === 'async-style' && o.role) return `async-style:${o.role}`;
  if (o.category === 'structure' && o.aspect) return `structure:${o.aspect}`;
  return o.category;
}

function emptyDistribution(): StyleDistribution {
  return { total: 0, counts: new Map(), evidence: new Map() };
}

/** The examples' style distributions, per language family and category (naming: per identifier kind). */
export function exampleDistributions(examples: FileFeatures[]): Map<string, StyleDistribution> {
  const out = new Map<string, StyleDistribution>();
  // A unit weighs what it holds on this side too: a class of eleven methods beside two helper
  // functions makes the house one of classes, helpers allowed.
  const note = (key: string, file: string, o: Observation, style: string): void => {
    const d = out.get(key) ?? emptyDistribution();
    const weight = o.weight ?? 1;
    d.total += weight;
    d.counts.set(style, (d.counts.get(style) ?? 0) + weight);
    if (!d.evidence.has(style)) d.evidence.set(style, { file, line: o.line, text: o.evidence });
    out.set(key, d);
  };
  for (const f of examples) {
    for (const o of f.observations) {
      // An observation compatible with several styles (`load`: camelCase or snake_case) says nothing.
      if (o.styles.length !== 1) continue;
      const style = o.styles[0] as string;
      note(`${f.family}|${groupKey(o)}`, f.file, o, style);
      note(`*|${groupKey(o)}`, f.file, o, style);
      if (speaksForLocals(f, o)) note(`${f.family}|${LOCALS_BY_FUNCTIONS}`, f.file, o, style);
    }
  }
  return out;
}

function share(d: StyleDistribution, style: string): number {
  return d.total ? (d.counts.get(style) ?? 0) / d.total : 0;
}

/** 0 when any of the observation's styles is common enough in the examples, up to 1 when none occurs. */
export function foreignness(o: Observation, d: StyleDistribution): number {
  let best = 1;
  for (const s of o.styles) best = Math.min(best, Math.max(0, 1 - share(d, s) / IN_STYLE_SHARE));
  return best;
}

/** Maps the foreign share of a group of observations onto 0–100, noise below NOISE_SHARE. */
export function shareToScore(foreignShare: number): number {
  return Math.max(0, Math.min(100, ((foreignShare - NOISE_SHARE) / (1 - 2 * NOISE_SHARE)) * 100));
}

const FAMILY_SPECIFIC: ReadonlySet<string> = new Set(['naming', 'module-system']);

/** The examples' distribution an implementation observation is compared with, if they have one. */
function expectedFor(dists: Map<string, StyleDistribution>, familyKey: string, key: string): StyleDistribution | undefined {
  const d = dists.get(`${familyKey}|${key}`);
  if (d && d.total > 0) return d;
  // Functions and variables follow one convention in the languages L4 reads: when the examples
  // show only one-word names of one kind, the other kind's convention stands in.
  if (key === 'naming:variable') return dists.get(`${familyKey}|${LOCALS_BY_FUNCTIONS}`);
  if (key === 'naming:function') return dists.get(`${familyKey}|naming:variable`);
  return undefined;
}

/**
 * Blocking calls and the threads that run them are one way of doing I/O: a reader thread in a
 * house of blocking calls (or a blocking helper in a house of thread pools) is in its style; both
 * stay foreign to a house that awaits.
 */
const ONE_IO_MODEL: ReadonlySet<string> = new Set(['threads', 'blocking']);
function sameIoModel(o: Observation): Observation {
  return o.styles.length === 1 && ONE_IO_MODEL.has(o.styles[0] as string) ? { ...o, styles: [...ONE_IO_MODEL] } : o;
}

/**
 * General async style: functions without async work are neutral. Examples that do neither async
 * work nor blocking I/O (a priority queue, string helpers) show no way of doing I/O, so they set
 * no async style; a house that blocks (`cursor.execute`, `readFileSync`) does set one. Handlers
 * are compared apart, where a synchronous handler is a style.
 */
function scoreAsync(o: Observation, d: StyleDistribution): { foreignness: number; expected: StyleDistribution } | undefined {
  const exAsync = d.total - (d.counts.get('sync') ?? 0);
  const style = o.styles[0];
  if (exAsync === 0 || style === 'sync') return undefined;
  const asyncOnly: StyleDistribution = {
    total: exAsync,
    counts: new Map([...d.counts].filter(([s]) => s !== 'sync')),
    evidence: d.evidence,
  };
  return { foreignness: foreignness(sameIoModel(o), asyncOnly), expected: asyncOnly };
}

/**
 * Error handling: raising is every language's default, so it is foreign only where the examples
 * make another convention a house rule. One or two `return None` guards (a value for "not
 * found") do not forbid `raise TypeError(…)`.
 */
function scoreErrors(o: Observation, d: StyleDistribution, callbackHouse: boolean): { foreignness: number; expected: StyleDistribution } {
  if (o.styles[0] === 'exceptions' && d.total < FULL_SUPPORT) return { foreignness: 0, expected: d };
  if (o.styles[0] === 'callback-errors' && callbackHouse) return { foreignness: 0, expected: d };
  // Node's callback APIs throw on wrong arguments before any work starts: the callback house's own way.
  if (o.styles[0] === 'exceptions' && o.argumentCheck && callbackHouse) return { foreignness: 0, expected: d };
  return { foreignness: foreignness(o, d), expected: d };
}

/** Data flow: module state and patched prototypes are foreign unless the house shows them (see prototype-plugins), or share the same imported instance (see shared-instances). */
function scoreDataFlow(
  o: Observation,
  d: StyleDistribution,
  houseInstances: ReadonlySet<string>,
): { foreignness: number; expected: StyleDistribution } {
  if (isPatchInPluginHouse(o, d) || usesHouseInstance(o, houseInstances)) return { foreignness: 0, expected: d };
  return { foreignness: foreignness(o, withPatchesAsParameters(d)), expected: d };
}

/** Each implementation observation with its foreignness, grouped as the examples' distributions are. */
function scoreObservations(examples: FileFeatures[], implementation: FileFeatures[]): Map<string, ScoredObservation[]> {
  const dists = exampleDistributions(examples);
  const families = new Set<LanguageFamily>(examples.map((e) => e.family));
  const localNamesStyle = pythonLocalNamesStyle(examples);
  const houseInstances = sharedInstancesOf(examples);
  const groups = new Map<string, ScoredObservation[]>();
  for (const f of implementation) {
    const sameFamily = families.has(f.family);
    for (const o of f.observations) {
      if (!sameFamily && FAMILY_SPECIFIC.has(o.category)) continue;
      // Private function forms are the examples' evidence for export forms, never a rule of their own.
      if (o.aspect === 'private-form') continue;
      // A name that fits several conventions (`load`) is neither evidence for nor against one.
      if (o.category === 'naming' && o.styles.length > 1) continue;
      const key = groupKey(o);
      const d = expectedFor(dists, sameFamily ? f.family : '*', key);
      if (!d || d.total === 0) continue;
      const scored =
        key === 'async-style'
          ? scoreAsync(o, d)
          : key === 'error-handling'
            ? scoreErrors(o, d, isCallbackHouse(dists.get(`${sameFamily ? f.family : '*'}|async-style`)))
            : key === 'data-flow'
              ? scoreDataFlow(o, d, houseInstances)
              : {
                  foreignness:
                    isPep8FunctionOfHouse(o, f.family, localNamesStyle) || isUpperSnakeJsConstant(o, f.family)
                      ? 0
                      : o.aspect === 'export-form'
                        ? exportFormForeignness(o, d, expectedFor(dists, sameFamily ? f.family : '*', 'structure:private-form'))
                        : o.aspect === 'annotations'
                          ? annotationForeignness(o, d)
                          : foreignness(o, d),
                  expected: d,
                };
      if (!scored) continue;
      const list = groups.get(key) ?? [];
      list.push({ file: f.file, observation: o, ...scored });
      groups.set(key, list);
    }
  }
  return groups;
}

/** How much evidence stands behind a comparison, beyond the group's own observations. */
interface Evidence {
  /** Informative names of every kind in the implementation. */
  namingEvidence: number;
  /** Functions in the examples. */
  exampleFunctions: number;
  /** Functions in the implementation. */
  implementationFunctions: number;
}

/**
 * Examples where more than one function does I/O and every one of them blocks (no await, promise
 * or callback anywhere) are a synchronous house, however few of their functions touch I/O: a
 * command-line tool or a client library does its I/O in a handful of places. Coroutines
 * (`async def`, `await`) there are a second I/O model, not a style the anecdote rule should forgive.
 */
function isBlockingHouse(category: Category, list: ScoredObservation[]): boolean {
  const blockingOnly = (d: StyleDistribution): boolean => d.total >= 2 && [...d.counts.keys()].every((style) => ONE_IO_MODEL.has(style));
  // Futures of a thread pool (`add_done_callback`) are the thread model's own; coroutines are not.
  const coroutines = list.filter((x) => x.foreignness > 0).every((x) => x.observation.styles[0] === 'await');
  return category === 'async-style' && coroutines && list.every((x) => blockingOnly(x.expected));
}

/**
 * Structure of a file of two units: one public function beside the module's class, lighter than it
 * (a `Command` class of two methods and a `print_results` function), is a helper as it is among
 * three units. Where the foreign unit weighs as much as the rest, it is the file's other half.
 */
function isHelperBesideMain(category: Category, list: ScoredObservation[], heaviest: number, total: number): boolean {
  return category === 'structure' && list.length === 2 && heaviest * 2 < total;
}

/** 0–100 for one group: its foreign share, weighed by how much evidence stands on either side. */
function groupScore(
  category: Category,
  list: ScoredObservation[],
  { namingEvidence, exampleFunctions, implementationFunctions }: Evidence,
): number {
  if (isImplementationAnecdote(category, list.length, implementationFunctions) || setsNoExportForm(list) || setsNoAnnotationStyle(list))
    return 0;
  // One foreign observation among several is a helper, not a pattern ("one callback helper
  // among many async functions is not drift"): it is forgiven when there are three or more.
  // Module-level mutable state is a pattern even in one function: no helper is forgiven there.
  // Units weigh what they hold (structure: a class by its methods); the forgiven helper is the
  // heaviest foreign unit, at least one observation's worth.
  const weightOf = (x: ScoredObservation): number => x.observation.weight ?? 1;
  const foreign = list.reduce((s, x) => s + x.foreignness * weightOf(x), 0);
  const heaviest = Math.max(1, ...list.map((x) => x.foreignness * weightOf(x)));
  const total = list.reduce((s, x) => s + weightOf(x), 0);
  // The heaviest foreign unit is the file's own style, not a helper, when it holds most of the
  // file and others share its style (a class of thirty-four methods and a second class beside one
  // function). A lone foreign unit, however heavy, stays forgiven: one class in a module of functions.
  const foreignUnits = list.filter((x) => x.foreignness > 0).length;
  const isFileStyle = heaviest > total / 2 && foreignUnits >= 2;
  const forgiven =
    (list.length >= 3 || isHelperBesideMain(category, list, heaviest, total)) && category !== 'data-flow' && !isFileStyle ? heaviest : 0;
  const m = Math.max(0, foreign - forgiven) / total;
  // Few implementation names are weak evidence: one foreign name is a hint, not a convention. The
  // names of every kind count together: a file whose few function names and few variable names all
  // diverge diverges in its naming.
  const implementationConfidence = category === 'naming' ? Math.min(1, namingEvidence / 3) : 1;
  // Thin examples are weak evidence too: what they show once is not yet a house rule.
  const support = Math.min(...list.map((s) => s.expected.total));
  const full = PER_FILE.has(category) ? FULL_SUPPORT_PER_FILE : FULL_SUPPORT;
  // A style the examples show once or twice among many functions (one `throw`, two blocking
  // calls among twenty methods) is an anecdote, not a convention; in examples of a function or
  // two, once is all they can show.
  if (
    support < full &&
    full === FULL_SUPPORT &&
    category !== 'naming' &&
    exampleFunctions >= support * ANECDOTE_FUNCTIONS &&
    !isBlockingHouse(category, list)
  )
    return 0;
  const supportConfidence =
    category === 'naming' ? thinFewNamesConventionWeight(list) : support >= full ? 1 : support === 1 ? SINGLE_WEIGHT : support / full;
  return shareToScore(m) * implementationConfidence * supportConfidence;
}

/** The file without its structure observations. */
function withoutStructure(f: FileFeatures): FileFeatures {
  return { ...f, observations: f.observations.filter((o) => o.category !== 'structure') };
}

/**
 * Utility modules hold free functions in every house, so the examples' own set no structure, and
 * an implementation that is a utility module of the examples' package is judged on none.
 */
function leaveOutUtilityStructure(examples: FileFeatures[], implementation: FileFeatures[]): [FileFeatures[], FileFeatures[]] {
  const exampleFiles = examples.map((e) => e.file);
  return [
    examples.map((e) => (isUtilityModule(e.file) ? withoutStructure(e) : e)),
    implementation.map((f) => (isUtilityModuleOf(f.file, exampleFiles) ? withoutStructure(f) : f)),
  ];
}

/** Scores every category of the implementation against the examples. */
export function scoreCategories(allExamples: FileFeatures[], allImplementation: FileFeatures[]): CategoryScore[] {
  const [examples, implementation] = leaveOutUtilityStructure(allExamples, allImplementation);
  const groups = scoreObservations(examples, implementation);
  const evidence: Evidence = {
    namingEvidence: [...groups].filter(([k]) => k.startsWith('naming:')).reduce((n, [, list]) => n + list.length, 0),
    exampleFunctions: examples.reduce((n, f) => n + f.functionCount, 0),
    implementationFunctions: implementation.reduce((n, f) => n + f.functionCount, 0),
  };
  return CATEGORIES.map((category) => {
    const keys = [...groups.keys()].filter((k) => k === category || k.startsWith(`${category}:`));
    let score = 0;
    let mechanical = 0;
    const scored: ScoredObservation[] = [];
    for (const key of keys) {
      const list = groups.get(key) ?? [];
      if (list.length === 0) continue;
      // Annotation drift is mechanical to fix, as naming is: it weighs less than the module's layout.
      if (key === ANNOTATIONS_GROUP) mechanical = groupScore(category, list, evidence) * ANNOTATION_WEIGHT;
      else score = Math.max(score, groupScore(category, list, evidence));
      scored.push(...list);
    }
    if (category === 'naming') score *= namingOutlierWeight(scored);
    if (category === 'structure' && inOneUtilityFolder([...examples, ...implementation].map((f) => f.file))) score = mechanical = 0;
    const round = (v: number): number => Math.round(v * 10) / 10;
    return {
      category,
      score: round(Math.max(score, mechanical)),
      scored,
      ...(mechanical > 0 ? { mechanical: { score: round(mechanical), rest: round(score) } } : {}),
    };
  });
}

/**
 * The overall drift score: the worst weighted category plus a quarter of the others. Mechanical
 * drift (naming, annotations) counts once, at its largest: renaming and annotating are one pass of
 * mechanical fixes, and together they stay in the auto-fix band as each does alone.
 */
export function overallScore(categories: CategoryScore[]): number {
  const weightedOf = (c: CategoryScore, score: number): number => score * CATEGORY_WEIGHTS[c.category];
  const mechanical = Math.max(
    0,
    ...categories.map((c) => (c.category === 'naming' ? weightedOf(c, c.score) : weightedOf(c, c.mechanical?.score ?? 0))),
  );
  const others = categories.filter((c) => c.category !== 'naming').map((c) => weightedOf(c, c.mechanical ? c.mechanical.rest : c.score));
  const weighted = [mechanical, ...others].sort((a, b) => b - a);
  const [worst = 0, ...rest] = weighted;
  const total = worst + 0.25 * rest.reduce((s, v) => s + v, 0);
  return Math.round(Math.min(100, total) * 10) / 10;
}

export type { IdentifierKind };
