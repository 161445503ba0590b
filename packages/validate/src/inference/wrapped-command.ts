/**
 * Actions that run a command of the repository in a setting they prepare: a problem matcher or a retry
 * (`run:` / `command:`), a VM (`run:`), an Android emulator (reactivecircus/android-emulator-runner's
 * `script: ./gradlew connectedCheck`). Their input is the step's command. A `script:` of
 * actions/github-script is JavaScript, and one of an SSH action runs on another host: neither is.
 */
const NOT_LOCAL_SHELL = /^(actions\/github-script|appleboy\/ssh-action|[\w.-]+\/[\w.-]*ssh[\w.-]*)@/i;

export function wrappedCommand(uses: string, inputs: Record<string, unknown> | undefined): string | undefined {
  const keys = NOT_LOCAL_SHELL.test(uses) ? ['run', 'command'] : ['run', 'command', 'script'];
  const found = keys.map((k) => inputs?.[k]).find((v) => typeof v === 'string');
  return typeof found === 'string' ? found : undefined;
}
