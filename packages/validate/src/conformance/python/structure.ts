import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { field, named, unwrap } from './syntax.js';
import { observe, type PySource } from './source.js';

const DATA_HOLDER_DECORATOR = /dataclass|attr\.s|define/;
const DATA_HOLDER_BASE = /\b(?:BaseModel|Enum|IntEnum|StrEnum|NamedTuple|TypedDict|Protocol|\w*Exception|\w*Error)\b/;

/**
 * The public methods of a class that holds behaviour; [] for errors and data holders. Dunders are
 * protocol, not behaviour, except `__call__`: a callable object (an ASGI/WSGI middleware, a
 * validator) is a class-shaped unit.
 */
function behaviourMethods(raw: PlainNode, cls: PlainNode): PlainNode[] {
  const decorators = raw.type === 'decorated_definition' ? raw.text.slice(0, raw.text.indexOf('class ')) : '';
  if (DATA_HOLDER_DECORATOR.test(decorators) || DATA_HOLDER_BASE.test(field(cls, 'superclasses')?.text ?? '')) return [];
  const body = field(cls, 'body');
  if (!body) return [];
  return named(body)
    .map(unwrap)
    .filter((m) => m.type === 'function_definition' && /^(?!__\w+__$)|^__call__$/.test(field(m, 'name')?.text ?? ''));
}

/**
 * Structure, one observation per public unit: a class with behaviour (methods other than dunders),
 * weighted by its methods, or a module function. Judged per unit, a project that keeps classes and
 * functions side by side in one layer (a utilities folder) sets both styles; a file of functions
 * drifts only from examples whose units are classes, and two helper functions beside a class of
 * thirty methods hardly at all. Errors and data holders (dataclasses, models, enums) are not a
 * structural choice.
 */
export function structureObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  for (const raw of named(src.root)) {
    const st = unwrap(raw);
    const id = field(st, 'name')?.text ?? '';
    if (!id || id.startsWith('_') || id === 'main') continue;
    const methods = st.type === 'class_definition' ? behaviourMethods(raw, st).length : 0;
    if (methods > 0) out.push(observe({ category: 'structure', styles: ['classes'], weight: methods }, st));
    if (st.type === 'function_definition') out.push(observe({ category: 'structure', styles: ['functions'] }, st));
  }
  return out;
}
