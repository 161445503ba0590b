/**
 * A tool runner's interpreter taken from the matrix (`uvx --python ${{ matrix.python-version }} …`,
 * `uv run -p ${{ matrix.py }} …`, `pipx run --python …`) is the matrix's axis: the same gate on each
 * interpreter. The option goes, so the matrix is not read as naming the gate and the command keeps
 * the spelling a developer types.
 */
export function withoutMatrixInterpreter(command: string): string {
  if (!/^\s*(uvx|uv\s+(run|tool\s+run)|pipx\s+run)\s/.test(command)) return command;
  return command.replace(/\s(--python|-p)(\s+|=)["']?\$\{\{[^}]*\}\}["']?(?=\s)/, '');
}
