/**
 * `fdroid=\`which fdroid\` ./tests/run-tests`, `X="$(brew --prefix x)/bin/x" make test`: an environment
 * assignment in front of a command whose value the shell computes on CI's machine (a command
 * substitution) points the gate at what that machine installed. The gate is the command; its
 * spelling leaves the computed setting out, as a developer runs it with their own.
 */
const COMPUTED = /^(?:[A-Za-z_]\w*=(?:`[^`]*`|"[^"]*(?:\$\(|`)[^"]*"|'[^']*(?:\$\(|`)[^']*'|\$\([^()]*\)\S*)\s+)+(?=\S)/;

export function withoutComputedEnv(command: string): string {
  return command.replace(COMPUTED, '');
}
