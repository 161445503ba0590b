/** `./utils`, `../utils/command-helpers.js`, `./string_utils`, `./formatHelpers`: a module named for holding utilities. */
const UTILITY_SPECIFIER = /(?:^|[-_.]|[a-z](?=[A-Z]))(?:util|utils|helper|helpers|Util|Utils|Helper|Helpers)$/;

/**
 * Whether an import comes from one of the project's utility modules. Such a module is its
 * toolbox of free functions and helper objects (`import { chalk, log, logAndThrowError } from
 * '../../utils/command-helpers.js'`): a helper object it hands out (a terminal colouring
 * namespace) is read by every command and changed by none, the way a logger is, not a service
 * instance the design should pass around. The module's own name counts (its last path segment
 * without the extension), not the folder: `../utils/db.js` still exports a database.
 */
export function isUtilityModuleSpecifier(specifier: string): boolean {
  const base = (specifier.split('/').pop() ?? '').replace(/\.[cm]?[jt]sx?$/, '');
  return UTILITY_SPECIFIER.test(base);
}
