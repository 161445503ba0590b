/**
 * A tox factor that names only the Python it runs on (`py`, `py3`, `py311`, `pypy3`, `3.12`, `3.13t`):
 * it picks the interpreter, not the gate. Beside another factor (`py-flake8`, `3.12-tests`) that other
 * factor says what the environment checks.
 */
const INTERPRETER = /^(py|pypy)?\d[\d.]*t?$|^(py|pypy)\d*$/;

export function isInterpreterFactor(factor: string): boolean {
  return INTERPRETER.test(factor);
}
