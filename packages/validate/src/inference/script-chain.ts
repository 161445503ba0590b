import { levelOfScriptName } from './detector.js';
import { scriptInvocation } from './invocation.js';
import type { ProjectDir } from './project-dir.js';
import { splitByLevel } from './split-by-level.js';

/** A link that changes what the links after it run in (`cd pkg`, `export X=1`, `source env.sh`): not one of the gates. */
const SETTING = /^(cd|pushd|popd|export|set|unset|source|\.)(\s|$)/;

/** The script's own text (package.json script or deno.json task), when it is one line of commands. */
function ownBody(root: ProjectDir, cwd: string, runner: 'node' | 'deno', name: string): string | undefined {
  const at = (file: string): string => (cwd === '.' ? file : `${cwd}/${file}`);
  const table =
    runner === 'node'
      ? root.readJson(at('package.json'))?.['scripts']
      : (root.readJson(at('deno.json')) ?? root.readJson(at('deno.jsonc')))?.['tasks'];
  // A deno task object (`{ command, dependencies }`) runs its dependencies first: not a plain chain.
  const body = table && typeof table === 'object' ? (table as Record<string, unknown>)[name] : undefined;
  return typeof body === 'string' && !body.includes('\n') ? body : undefined;
}

/**
 * `deno task ok` where deno.json says `"ok": "deno fmt --check && deno lint && deno task test"`: a
 * project script whose name says no level, made only of commands run one after the other. When those
 * commands are gates of different levels (the formatter and linter, the test task), the one CI line is
 * each of them at its own level, as for a make target made only of prerequisites (make-prerequisites.ts);
 * otherwise the script keeps its name. A script named for a level (`"test": "yarn lint && vitest run"`)
 * is that level's run and stays whole.
 */
export function splitScriptChain(
  command: string,
  cwd: string,
  root: ProjectDir,
  bodyOf: (cwd: string, command: string) => string | undefined,
): string[] {
  const inv = scriptInvocation(command);
  if ((inv?.runner !== 'node' && inv?.runner !== 'deno') || levelOfScriptName(inv.name.toLowerCase()) !== undefined) return [command];
  const parts = (ownBody(root, cwd, inv.runner, inv.name) ?? '').split(/\s&&\s/).map((p) => p.trim());
  // Only a plain chain run where the script runs: a pipe, a fallback (`||`), a sequence (`;`), a background
  // job (`&`) or a change of folder or environment says more than "run these".
  if (parts.length < 2 || parts.some((p) => p === '' || /[|;&]/.test(p) || SETTING.test(p))) return [command];
  return splitByLevel(
    command,
    parts.map((p) => ({ command: p, body: bodyOf(cwd, p) })),
  );
}
