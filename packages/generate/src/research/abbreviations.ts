import { terms } from './terms.js';

/**
 * Words code abbreviates in file and symbol names, with the abbreviations in use: a request says
 * "arguments" or "configuration", the file is `args.go` or `cfg.py`. Folder names many paths hold
 * (`src`, `lib`, `pkg`, `app`) are left out: they would match every file under them. One way only:
 * a request that writes `auth` or `cfg` writes an identifier (`FunctionAuth`), not a word to widen.
 */
const ABBREVIATIONS: [string, string][] = [
  ['argument arguments', 'arg args'],
  ['parameter parameters', 'param params'],
  ['option options', 'opt opts'],
  ['command commands', 'cmd'],
  ['configuration', 'cfg conf config'],
  ['context', 'ctx'],
  ['error errors', 'err'],
  ['message messages', 'msg'],
  ['request', 'req'],
  ['response', 'res resp'],
  ['utility utilities', 'util utils'],
  ['environment', 'env'],
  ['implementation', 'impl'],
  ['attribute attributes', 'attr attrs'],
  ['directory directories', 'dir'],
  ['repository', 'repo'],
  ['temporary', 'tmp temp'],
  ['initialize initialization', 'init'],
  ['information', 'info'],
  ['authentication', 'auth'],
  ['authorization', 'auth'],
  ['certificate', 'cert'],
  ['connection', 'conn'],
  ['expression', 'expr'],
  ['description', 'desc'],
  ['template', 'tmpl tpl'],
  ['statistics', 'stats'],
];

/** Each full word's terms (stemmed, as `terms` gives them) with the terms of its abbreviations. */
const SPELLINGS = (() => {
  const out = new Map<string, Set<string>>();
  for (const [full, short] of ABBREVIATIONS) {
    for (const t of terms(full)) for (const other of terms(short)) (out.get(t) ?? out.set(t, new Set()).get(t))?.add(other);
  }
  return out;
})();

/** The abbreviations of a term (`argument` → `arg`, `args`), none when code does not abbreviate it. */
export function otherSpellings(term: string): string[] {
  return [...(SPELLINGS.get(term) ?? [])];
}
