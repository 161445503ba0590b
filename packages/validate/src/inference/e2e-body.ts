import { commandLines } from './command-lines.js';

/**
 * A script with a generic test name (`test`) whose body only runs an end-to-end runner
 * (`"test": "playwright test"`, `cypress run`) is that end-to-end suite: the runner drives a browser
 * against the built app, whatever the script is called.
 */
const E2E_RUNNER = /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+|bunx\s+)?(playwright\s+test|cypress\s+run)(\s|$)/;

export function runsOnlyEndToEnd(body: string | undefined): boolean {
  const lines = commandLines(body ?? '');
  return lines.length > 0 && lines.every((l) => E2E_RUNNER.test(l));
}
