import { UsageError } from '../errors/index.js';

// Characters that would let a name escape its folder, act as a glob, or break a shell or a git ref.
const FORBIDDEN = /[/\\*?[\]{}<>|:"'`$~^!\s\p{Cc}]/u;

/**
 * Checks that an id or name given by a user (a PRP id, a phase, a memory name) can be used as one
 * path segment: no `..`, no `/`, no glob characters, no spaces or control characters.
 * @param what how to name the value in the error ("phase", "memory name")
 */
export function assertSafeName(value: string, what: string): string {
  if (value.length === 0)
    throw new UsageError('invalid-name', `${what} is empty`, { hint: `give a ${what} made of letters, digits, '.', '-' or '_'` });
  if (value.length > 200) throw new UsageError('invalid-name', `${what} is longer than 200 characters`);
  if (value === '.' || value.includes('..') || value.startsWith('-') || FORBIDDEN.test(value)) {
    throw new UsageError(
      'invalid-name',
      `${what} "${value}" is not allowed: use letters, digits, '.', '-' or '_' (no '..', '/', spaces or glob characters)`,
      {
        hint: `choose a ${what} such as "phase-1" or "api_client"`,
      },
    );
  }
  return value;
}

export function isSafeName(value: string): boolean {
  try {
    assertSafeName(value, 'name');
    return true;
  } catch {
    return false;
  }
}
