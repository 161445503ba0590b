/**
 * pytest's `-m EXPR` runs only the tests whose markers match EXPR. A CI run that selects a marker
 * (`pytest -m serial`, `poe test-schema` = `pytest -m schema tests/schema/`) runs tests the project
 * keeps out of its usual run, often because they need other settings (no xdist, slow parity suites):
 * another suite, which a kept pytest run without that selection does not stand for — least of all one
 * that deselects it (`pytest -m "not serial"`). Deselections alone (`-m "not slow"`) stay variants of
 * one suite (pytest-run-variants.ts).
 */
const MARKER = /(?:^|\s)-m(?:\s+|=)(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** The positive marker expressions of the pytest lines of a gate's text (`serial`, `schema and not slow`). */
function selectedMarkers(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    // pytest's own options come after its word: `python -m pytest`'s and `coverage run -m pytest`'s `-m` name a module.
    const at = /(^|\s)pytest(\s|$)/.exec(line);
    if (!at) continue;
    for (const m of line.slice(at.index + at[0].length - 1).matchAll(MARKER)) {
      const expr = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (expr !== '' && !/^not\s/.test(expr)) out.push(expr);
    }
  }
  return out;
}

/** Whether CI's gate selects a marker that the kept gate's pytest runs never select: another suite. */
export function selectsOtherMarker(keptText: string, ciText: string): boolean {
  const kept = selectedMarkers(keptText);
  return selectedMarkers(ciText).some((expr) => !kept.includes(expr));
}
