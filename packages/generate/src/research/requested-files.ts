import { pathReferences } from '@ce/core';

/**
 * Repository files a request names by path in its title, FEATURE or OTHER CONSIDERATIONS ("export it
 * from `isodate/__init__.py`"): the path itself, or the one file whose path ends with it at a
 * folder boundary (`isodate/__init__.py` → `src/isodate/__init__.py`). A name several files end
 * with (`utils.py`) says which of them nobody knows, so it names none. EXAMPLES are not read here:
 * they name patterns to follow, not files to change.
 */
export function requestedFiles(text: string, repoPaths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const ref of pathReferences(text)) {
    if (ref.endsWith('/') || ref.startsWith('../') || ref.startsWith('/')) continue;
    const matches = repoPaths.filter((p) => p === ref || p.endsWith(`/${ref}`));
    const exact = matches.find((p) => p === ref);
    if (exact) out.add(exact);
    else if (matches.length === 1) out.add(matches[0] as string);
  }
  return [...out];
}
