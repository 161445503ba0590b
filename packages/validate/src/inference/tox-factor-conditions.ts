/** `py311,py312: cmd`, `dj42-redislatest: cmd`, `!pypy: cmd`: a line of commands behind factor conditions. */
const CONDITIONAL = /^(\s*)(!?[\w.]+(?:[-,]!?[\w.]+)*):\s+(\S.*)$/;

function holds(condition: string, factors: ReadonlySet<string>): boolean {
  return condition
    .split(',')
    .some((group) => group.split('-').every((f) => (f.startsWith('!') ? !factors.has(f.slice(1)) : factors.has(f))));
}

/**
 * An environment's own commands from a tox.ini `commands =` shared by several environments
 * (`[testenv:{pre-commit,mypy}]` with `pre-commit: pre-commit run --all-files` and `mypy: mypy pkg`):
 * a line behind factor conditions runs only in the environments whose factors (the name's `-` parts)
 * meet them, and runs without its prefix. `tox -e mypy` runs mypy, not the pre-commit hooks.
 */
export function commandsOfEnv(body: string, name: string): string {
  const factors = new Set(name.split('-'));
  return body
    .split('\n')
    .flatMap((line) => {
      const m = CONDITIONAL.exec(line);
      if (!m) return [line];
      return holds(m[2] as string, factors) ? [`${m[1] as string}${m[3] as string}`] : [];
    })
    .join('\n');
}
