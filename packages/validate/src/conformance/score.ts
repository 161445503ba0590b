import { CATEGORIES, type Category, type FileFeatures, type IdentifierKind, type LanguageFamily, type Observation } from './features.js';

/** A style shared by at least this share of the examples' observations is fully "in style". */
export const IN_STYLE_SHARE = 0.25;
/** Foreign share below this is noise (one callback helper among many async functions). */
export const NOISE_SHARE = 0.1;

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
}

const groupKey = (o: Observation): string => (o.category === 'naming' ? `naming:${o.kind ?? ''}` : o.category);

function emptyDistribution(): StyleDistribution {
  return { total: 0, counts: new Map(), evidence: new Map() };
}

/** The examples' style distributions, per language family and category (naming: per identifier kind). */
export function exampleDistributions(examples: FileFeatures[]): Map<string, StyleDistribution> {
  const out = new Map<string, StyleDistribution>();
  const note = (key: string, file: string, o: Observation, style: string): void => {
    const d = out.get(key) ?? emptyDistribution();
    d.total++;
    d.counts.set(style, (d.counts.get(style) ?? 0) + 1);
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

/** Scores every category of the implementation against the examples. */
export function scoreCategories(examples: FileFeatures[], implementation: FileFeatures[]): CategoryScore[] {
  const dists = exampleDistributions(examples);
  const families = new Set<LanguageFamily>(examples.map((e) => e.family));
  const groups = new Map<string, ScoredObservation[]>();
  for (const f of implementation) {
    for (const o of f.observations) {
      const key = groupKey(o);
      const sameFamily = families.has(f.family);
      if (!sameFamily && FAMILY_SPECIFIC.has(o.category)) continue;
      const familyKey = sameFamily ? f.family : '*';
      let d = dists.get(`${familyKey}|${key}`);
      // Functions and variables follow one convention in the languages L4 reads: when the examples
      // show only one-word names of one kind, the other kind's convention stands in.
      if ((!d || d.total === 0) && (key === 'naming:variable' || key === 'naming:function')) {
        d = dists.get(`${familyKey}|naming:${key === 'naming:variable' ? 'function' : 'variable'}`);
      }
      if (o.category === 'async-style') {
        // Functions without async work are neutral, unless the examples do no async work at all.
        const exAsync = d ? d.total - (d.counts.get('sync') ?? 0) : 0;
        if (!d || d.total === 0) continue;
        if (exAsync === 0) {
          const list = groups.get(key) ?? [];
          // Synchronous examples: blocking calls are their style too; promises and callbacks are not.
          list.push({
            file: f.file,
            observation: o,
            foreignness: o.styles[0] === 'sync' || o.styles[0] === 'blocking' ? 0 : 1,
            expected: d,
          });
          groups.set(key, list);
          continue;
        }
        if (o.styles[0] === 'sync') continue;
        const asyncOnly: StyleDistribution = {
          total: exAsync,
          counts: new Map([...d.counts].filter(([s]) => s !== 'sync')),
          evidence: d.evidence,
        };
        const list = groups.get(key) ?? [];
        list.push({ file: f.file, observation: o, foreignness: foreignness(o, asyncOnly), expected: asyncOnly });
        groups.set(key, list);
        continue;
      }
      if (!d || d.total === 0) continue;
      const list = groups.get(key) ?? [];
      list.push({ file: f.file, observation: o, foreignness: foreignness(o, d), expected: d });
      groups.set(key, list);
    }
  }
  return CATEGORIES.map((category) => {
    const keys = category === 'naming' ? [...groups.keys()].filter((k) => k.startsWith('naming:')) : [category];
    let score = 0;
    const scored: ScoredObservation[] = [];
    for (const key of keys) {
      const list = groups.get(key) ?? [];
      if (list.length === 0) continue;
      // One foreign observation among several is a helper, not a pattern ("one callback helper
      // among many async functions is not drift"): it is forgiven when there are three or more.
      const foreign = list.reduce((s, x) => s + x.foreignness, 0);
      // Module-level mutable state is a pattern even in one function: no helper is forgiven there.
      const forgiven = list.length >= 3 && category !== 'data-flow' ? 1 : 0;
      const m = Math.max(0, foreign - forgiven) / list.length;
      // Few observations are weak evidence: one foreign name is a hint, not a convention.
      const confidence = category === 'naming' ? Math.min(1, list.length / 3) : 1;
      score = Math.max(score, shareToScore(m) * confidence);
      scored.push(...list);
    }
    return { category, score: Math.round(score * 10) / 10, scored };
  });
}

/** The overall drift score: the worst weighted category plus a quarter of the others. */
export function overallScore(categories: CategoryScore[]): number {
  const weighted = categories.map((c) => c.score * CATEGORY_WEIGHTS[c.category]).sort((a, b) => b - a);
  const [worst = 0, ...rest] = weighted;
  const total = worst + 0.25 * rest.reduce((s, v) => s + v, 0);
  return Math.round(Math.min(100, total) * 10) / 10;
}

export type { IdentifierKind };
