import type { PlainNode } from '@ce/parse';
import { named } from './syntax.js';

/**
 * Decorators that make a generator a coroutine, each `yield` waiting on a Deferred or future as
 * `await` does: Twisted's `@defer.inlineCallbacks` ("write Deferred-using code that looks like a
 * regular sequential function"), Tornado's `@gen.coroutine`, and asyncio's and `types`' generator
 * coroutines from before `async def`.
 */
const COROUTINE_DECORATOR =
  /^@\s*(?:(?:twisted\.internet\.)?defer\.inlineCallbacks|inlineCallbacks|(?:tornado\.)?gen\.coroutine|asyncio\.coroutine|types\.coroutine)\s*$/;

/** Whether a function is a generator-based coroutine: decorated as one (its yields are its awaits). */
export function isGeneratorCoroutine(fn: PlainNode): boolean {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return false;
  return named(parent).some((d) => d.type === 'decorator' && COROUTINE_DECORATOR.test(d.text));
}
