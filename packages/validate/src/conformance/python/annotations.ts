import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { field, named, unwrap } from './syntax.js';
import { observe, type PySource } from './source.js';

/**
 * Whether a project writes type annotations is a house rule a reviewer sees at a glance: a module
 * of `def get(self, key)` in a house whose every public signature reads `def get(self, key: str)
 * -> Any` was written elsewhere. Only public signatures are read — module functions and the methods of
 * public top-level classes — because a private helper (a lock wrapper, a nested callback) is
 * where gradually typed houses start, not their convention.
 */
const ANNOTATED = 'type-annotated';
const UNANNOTATED = 'unannotated';

/** Parameter kinds that carry an annotation; `self` and `cls` never do. */
const TYPED_PARAMETER = new Set(['typed_parameter', 'typed_default_parameter']);

const isPublic = (name: string): boolean => !name.startsWith('_') || /^__\w+__$/.test(name);

/** Parameters other than self/cls, so `__init__(self)` (nothing to annotate) can be left out. */
function ownParameters(fn: PlainNode): PlainNode[] {
  const params = field(fn, 'parameters');
  return params ? named(params).filter((p) => !(p.type === 'identifier' && (p.text === 'self' || p.text === 'cls'))) : [];
}

function signatureObservation(fn: PlainNode): Observation | undefined {
  const name = field(fn, 'name')?.text ?? '';
  if (!isPublic(name)) return undefined;
  const params = ownParameters(fn);
  if (name === '__init__' && params.length === 0 && !field(fn, 'return_type')) return undefined;
  const annotated = field(fn, 'return_type') !== null || params.some((p) => TYPED_PARAMETER.has(p.type));
  return observe({ category: 'structure', aspect: 'annotations', styles: [annotated ? ANNOTATED : UNANNOTATED] }, fn);
}

/** The public functions of the module: its own and the methods of its public classes. */
function publicFunctions(src: PySource): PlainNode[] {
  const out: PlainNode[] = [];
  for (const st of src.top) {
    if (st.type === 'function_definition') out.push(st);
    if (st.type !== 'class_definition' || !isPublic(field(st, 'name')?.text ?? '')) continue;
    const body = field(st, 'body');
    for (const m of body ? named(body).map(unwrap) : []) if (m.type === 'function_definition') out.push(m);
  }
  return out;
}

/** One observation per public signature: annotated (a parameter or the return) or not. */
export function annotationObservations(src: PySource): Observation[] {
  return publicFunctions(src).flatMap((fn) => signatureObservation(fn) ?? []);
}

/**
 * A house sets an annotation rule only when its examples annotate every public signature, and
 * show enough of them: gradually typed projects (a few annotated functions among thirty) write
 * new modules either way, so any mix in the examples leaves the choice free. The rule runs one
 * way only. Typing is adopted module by module (PEP 484's gradual typing): a house that annotates
 * nothing yet has no rule against annotations — dogpile.cache's untyped backends sit beside its
 * typed `ProxyBackend` and region — while a module without them in a house that annotates every
 * public signature undoes what the house keeps (and what a strict type checker enforces).
 */
const HOUSE_SIGNATURES = 6;

/** 1 for an unannotated public signature where the examples annotate every one of theirs, 0 otherwise. */
export function annotationForeignness(o: Observation, d: { total: number; counts: Map<string, number> }): number {
  if (d.total < HOUSE_SIGNATURES || d.counts.size !== 1 || !d.counts.has(ANNOTATED)) return 0;
  return o.styles[0] === UNANNOTATED ? 1 : 0;
}

/** An implementation of one or two public functions is an anecdote of annotation, as it is of export forms. */
export function setsNoAnnotationStyle(list: readonly { observation: Observation }[]): boolean {
  return list.length < 3 && list.every((x) => x.observation.aspect === 'annotations');
}

/**
 * Annotations are added or stripped mechanically, as names are renamed: on their own they stay in
 * the auto-fix band (a full divergence scores 36 in structure, 28.8 overall), and they add to
 * the score of a module that also diverges elsewhere.
 */
export const ANNOTATION_WEIGHT = 0.36;

/** The score group of annotation observations (see groupKey). */
export const ANNOTATIONS_GROUP = 'structure:annotations';
