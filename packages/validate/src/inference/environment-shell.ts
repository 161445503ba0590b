/**
 * Environment managers that run one command in the shell they prepare, written after `--`
 * (`devbox run -- uv run pre-commit run -a`, `flox activate -- make test`, `mise exec -- pytest`):
 * the command after the separator is what runs, as after `nix develop --command`. Without the
 * separator `devbox run test` runs the manager's own script `test`, which stays the command.
 */
const SHELLS = /^(devbox run|flox activate|mise exec|mise x)$/;

export function afterEnvironmentShell(words: readonly string[]): string[] | undefined {
  if (!SHELLS.test(`${words[0]} ${words[1]}`)) return undefined;
  const separator = words.indexOf('--', 2);
  return separator > 0 && words.length > separator + 1 ? words.slice(separator + 1) : undefined;
}
