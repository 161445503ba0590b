/** The leading `NAME=value` words of a shell line (quoted values hold spaces), and the rest. */
const LEADING = /^\s*((?:[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|\S*)\s+)+)(\S[\s\S]*)$/;

/**
 * `CPPFLAGS="-DXXH_VECTOR=XXH_NEON" LDFLAGS="-static" CC=$XCC RUN_ENV=$XEMU make clean check`, where the
 * job's `env:` sets `XCC: ${{ matrix.xcc }}` and `XEMU: ${{ matrix.xemu }}`: the leading settings build
 * and run the target for the platform CI's matrix picked (a cross compiler, its emulator, the flags
 * that go with them). On a developer's machine those variables are unset (`CC=` breaks the build) and
 * the flags belong to that platform, so the command a person runs is the rest of the line, as for a
 * setting written with `${{ … }}` itself. Lines whose settings name none of CI's values are kept.
 */
export function withoutCiPlatformSettings(command: string, env: Record<string, unknown>): string {
  const m = LEADING.exec(command);
  if (!m) return command;
  const fromCi = (name: string): boolean => typeof env[name] === 'string' && (env[name] as string).includes('${{');
  const refs = [...(m[1] as string).matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)].map((r) => r[1] as string);
  return refs.some(fromCi) ? (m[2] as string) : command;
}
