/**
 * A command that installs packages (`.venv/bin/python -m pip install nox pre-commit`, `uv pip install
 * ruff`, `pipx install tox`, `uv tool install mypy`) names the tools it fetches; it runs none of them.
 * Read for the gate tools a recipe runs, such a command gives none (the rest of its line still does:
 * `pip install -e . && pytest`).
 */
const INSTALL =
  /(^|[\s/])(pip3?|python3?(\.\d+)?\s+(-\S+\s+)*-m\s*pip)\s+install\s|(^|\s)uv\s+(pip\s+install|add|tool\s+install)\s|(^|\s)pipx\s+install\s|(^|\s)poetry\s+add\s/;

/** The line without the commands of it that install packages. */
export function withoutInstalls(line: string): string {
  if (!INSTALL.test(line)) return line;
  return line
    .split(/(\s&&\s|\s\|\|\s|;\s)/)
    .filter((part, i, all) => !INSTALL.test(part) && !(/^(\s&&\s|\s\|\|\s|;\s)$/.test(part) && INSTALL.test(all[i - 1] ?? '')))
    .join('')
    .replace(/(\s&&|\s\|\||;)\s*$/, '')
    .trim();
}
