import { levelOfScriptName } from './detector.js';
import { scriptInvocation } from './invocation.js';
import { splitByLevel } from './split-by-level.js';

/**
 * `deno task ok` where deno.json says `"ok": "deno fmt --check && deno lint && deno task test"`: a
 * project script whose name says no level, made only of commands run one after the other. When those
 * commands are gates of different levels (the formatter and linter, the test task), the one CI line is
 * each of them at its own level, as for a make target made only of prerequisites (make-prerequisites.ts);
 * otherwise the script keeps its name. A script named for a level (`"test": "yarn lint && vitest run"`)
 * is that level's run and stays whole.
 */
export function splitScriptChain(command: string, cwd: string, bodyOf: (cwd: string, command: string) => string | undefined): string[] {
  const inv = scriptInvocation(command);
  if ((inv?.runner !== 'node' && inv?.runner !== 'deno') || levelOfScriptName(inv.name.toLowerCase()) !== undefined) return [command];
  // The lookup gives the script's own body first, then the bodies of the scripts it calls, one a line.
  const own = bodyOf(cwd, command)?.split('\n')[0] ?? '';
  const parts = own.split(/\s&&\s/).map((p) => p.trim());
  // Only a plain chain: a pipe, a fallback (`||`), a sequence (`;`) or a background job (`&`) says more than "run these".
  if (parts.length < 2 || parts.some((p) => p === '' || /[|;&]/.test(p))) return [command];
  return splitByLevel(
    command,
    parts.map((p) => ({ command: p, body: bodyOf(cwd, p) })),
  );
}
