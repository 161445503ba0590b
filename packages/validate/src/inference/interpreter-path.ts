/**
 * Where a job put its virtualenv or which minor version it named is the machine's choice, not the
 * gate: `/venv/bin/pytest` is `pytest`, `.venv/bin/python -m pip install .` is `python -m pip install
 * .`, `python3.9 -m pytest` is `python -m pytest`. Read that way the line is the command a person runs
 * in their own environment (and an installer run through a path is still the set-up it is).
 */
const VENV_TOOL =
  /^(?:\S*\/)?(?:\.?venv|\.?env|\.?virtualenv|[\w.-]*-venv|\.tox\/[\w.-]+|\.nox\/[\w.-]+)\/(?:bin|Scripts)\/([\w.+-]+?)(?:\.exe)?(?=\s|$)/;
const VERSIONED_PYTHON = /^python3\.\d+t?(?:\.exe)?(?=\s|$)/;

export function withPlainInterpreter(command: string): string {
  const c = command.trim().replace(VENV_TOOL, '$1');
  return VERSIONED_PYTHON.test(c) ? c.replace(VERSIONED_PYTHON, 'python') : c;
}
