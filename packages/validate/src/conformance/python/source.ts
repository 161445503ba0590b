import type { PlainNode } from '@ce/parse';
import { snippet, type Observation } from '../features.js';
import { field, named, unwrap } from './syntax.js';

/** One parsed Python file and the facts every category visitor needs. Built once per file. */
export interface PySource {
  file: string;
  root: PlainNode;
  /** Top-level statements, decorators unwrapped. */
  top: PlainNode[];
  /** Module-level `name = value` assignments: name → value. */
  moduleBindings: Map<string, PlainNode>;
}

export function observe(o: Omit<Observation, 'line' | 'evidence'>, at: PlainNode, evidence: PlainNode = at): Observation {
  return { ...o, line: at.startPosition.row + 1, evidence: snippet(evidence.text) };
}

/** The assignment of a top-level expression statement, if it is one. */
export function assignmentOf(st: PlainNode): PlainNode | undefined {
  if (st.type !== 'expression_statement') return undefined;
  const a = named(st)[0];
  return a?.type === 'assignment' ? a : undefined;
}

export function pySource(file: string, root: PlainNode): PySource {
  const top = named(root).map(unwrap);
  const moduleBindings = new Map<string, PlainNode>();
  for (const st of top) {
    const a = assignmentOf(st);
    const left = a ? field(a, 'left') : null;
    const right = a ? field(a, 'right') : null;
    if (left?.type === 'identifier' && right) moduleBindings.set(left.text, right);
  }
  return { file, root, top, moduleBindings };
}
