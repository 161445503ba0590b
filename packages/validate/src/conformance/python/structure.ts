import type { SyntaxNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { field, named, unwrap } from './syntax.js';
import { observe, type PySource } from './source.js';

const DATA_HOLDER_DECORATOR = /dataclass|attr\.s|define/;
const DATA_HOLDER_BASE = /\b(?:BaseModel|Enum|IntEnum|StrEnum|NamedTuple|TypedDict|Protocol|\w*Exception|\w*Error)\b/;

/** The public methods (not dunders) of a class that holds behaviour; [] for errors and data holders. */
function behaviourMethods(raw: SyntaxNode, cls: SyntaxNode): SyntaxNode[] {
  const decorators = raw.type === 'decorated_definition' ? raw.text.slice(0, raw.text.indexOf('class ')) : '';
  if (DATA_HOLDER_DECORATOR.test(decorators) || DATA_HOLDER_BASE.test(field(cls, 'superclasses')?.text ?? '')) return [];
  const body = field(cls, 'body');
  if (!body) return [];
  return named(body)
    .map(unwrap)
    .filter((m) => m.type === 'function_definition' && !/^__\w+__$/.test(field(m, 'name')?.text ?? ''));
}

/**
 * Structure, one observation per file: public behaviour organised in classes (methods other than
 * dunders) or in module functions, whichever holds more of it. Errors and data holders
 * (dataclasses, models, enums) are not a structural choice.
 */
export function structureObservations(src: PySource): Observation[] {
  let classUnit: SyntaxNode | undefined;
  let functionUnit: SyntaxNode | undefined;
  let classWeight = 0;
  let functionWeight = 0;
  for (const raw of named(src.root)) {
    const st = unwrap(raw);
    const id = field(st, 'name')?.text ?? '';
    if (!id || id.startsWith('_') || id === 'main') continue;
    if (st.type === 'class_definition') {
      const methods = behaviourMethods(raw, st);
      if (methods.length > 0) {
        classUnit ??= st;
        classWeight += methods.length;
      }
    }
    if (st.type === 'function_definition') {
      functionUnit ??= st;
      functionWeight++;
    }
  }
  if (classUnit && classWeight >= functionWeight) return [observe({ category: 'structure', styles: ['classes'] }, classUnit)];
  return functionUnit ? [observe({ category: 'structure', styles: ['functions'] }, functionUnit)] : [];
}
