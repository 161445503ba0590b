/**
 * `pre-commit run [options] <hook-id>` runs that one hook (`pre-commit run --all-files ruff-check`,
 * `--hook-stage manual mypy`); without a hook id it runs every hook of the config. A run of named hooks
 * is part of the hook set, so it does not stand for the whole run (pre-commit.ci's, or CI's own).
 */
const VALUE_OPTIONS = /^(--hook-stage|--from-ref|--to-ref|--source|--origin|-s|-o|--config|-c|--remote-branch|--local-branch)$/;

/** Whether a line runs pre-commit (or prek) on some of its hooks only, named by id. */
export function runsNamedHooks(line: string): boolean {
  const m = /(?:^|\s)(?:pre-commit|prek)\s+run((?:\s+\S+)*)/.exec(line);
  if (!m) return false;
  const words = (m[1] as string).trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--files') return false;
    if (VALUE_OPTIONS.test(w)) i++;
    // `{posargs}` (tox), `$@`, `{args}` (hatch): what the caller passes, none by default.
    else if (!w.startsWith('-')) return !/^[|&;>{$"']/.test(w);
  }
  return false;
}
