/**
 * A matrix whose values are whole command lines (`target: [{ name: mypy, command: mypy ./pkg }, …]`,
 * run as `uv run ${{ matrix.target.command }}`): the expression stands where the program is named,
 * alone or behind an environment runner, so each value is a gate of its own, as a tox environment is.
 */
const RUNNER = /^((uv|poetry|pdm|pipenv|rye|hatch)\s+run|bundle\s+exec|npx|pnpm\s+exec|yarn|bunx)(\s+-{1,2}[\w-]+(=\S+)?)*$/;

export function commandFromMatrix(command: string, index: number): boolean {
  const before = command.slice(0, index).trim();
  return before === '' || RUNNER.test(before);
}
