// The environment every test process starts from. A developer's shell, Nx (which forces colour
// into the tasks it runs) or a CI runner must not change what a test sees, nor what the child
// processes a test spawns inherit: colour codes in a child's output, `CI` silencing progress, or a
// `CE_*` override changing a default would make a test pass or fail by where it ran.
// Tests that want one of these set it explicitly on the child they spawn.

/** Names never inherited from the caller: colour switches, CI markers, debug switches, ce's own overrides. */
export function isInheritedOnly(name) {
  return /^(FORCE_COLOR|NO_COLOR|NODE_DISABLE_COLORS|CLICOLOR|CLICOLOR_FORCE|TERM_COLOR|CI|GITHUB_ACTIONS|GITLAB_CI|DEBUG|CE_.*)$/.test(
    name,
  );
}

/** A copy of `env` without the variables a test must not inherit, plus `overrides`. */
export function cleanTestEnv(env = process.env, overrides = {}) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) if (!isInheritedOnly(name) && value !== undefined) clean[name] = value;
  return { ...clean, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', ...overrides };
}

/** Applied in every vitest worker (setupFiles): the worker's own environment is scrubbed in place. */
export function scrubProcessEnv() {
  for (const name of Object.keys(process.env)) if (isInheritedOnly(name)) delete process.env[name];
  process.env.OCLIF_SKIP_NEW_VERSION_CHECK = 'true';
}
