/**
 * tox reads the environments to run from `TOXENV` when the command line names none (`-e`, `-m`, `-f`):
 * `tox` with `TOXENV: black` in the step's environment is `tox -e black`. A value the matrix gives
 * (`TOXENV: ${{ matrix.toxenv }}`, `${{ matrix.python.toxenv }}`) is written as that matrix reference,
 * so the matrix expansion names each environment CI runs (`api_func_v4`, `cli_func_v4`).
 */
export function withToxEnv(command: string, env: Record<string, unknown>): string {
  const toxenv = env['TOXENV'];
  if (typeof toxenv !== 'string') return command;
  const value = toxenv.includes('${{') ? matrixReference(toxenv) : toxenv.trim();
  const head = /^((?:python3? -m )?tox(?:\s+(?:run|r))?)(?=\s|$)/.exec(command.trim());
  if (!value || !head || selectsEnvironments(command)) return command;
  const rest = command.trim().slice(head[0].length);
  return `${head[1]} -e ${value}${rest}`;
}

/** `${{ matrix.toxenv }}` alone (no fallback, no formatting): a value the matrix lists. */
function matrixReference(value: string): string | undefined {
  return /^\s*\$\{\{\s*matrix\.[\w.-]+\s*\}\}\s*$/.test(value) ? value.trim() : undefined;
}

/** Whether the command line itself selects environments; then tox ignores TOXENV. */
function selectsEnvironments(command: string): boolean {
  const options = command.split(/\s--(?:\s|$)/)[0] ?? command;
  return /\s(-e|--env|-m|--labels?|-f|--factors?)(\s|=|$)/.test(options) || /\s-e\S/.test(options);
}
