import { posix } from 'node:path';
import type { ProjectDir } from './project-dir.js';

interface Step {
  command: string;
  cwd: string;
  file?: string;
}

/** The program an earlier `go install [flags] [pkg]` of this repository put on the PATH, named by its package folder. */
function installedProgram(step: Step, root: ProjectDir): string | undefined {
  const m = /^go\s+install\b(.*)$/.exec(step.command.trim());
  if (!m || step.cwd.startsWith('\0')) return undefined;
  const pkg = (m[1] as string).split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
  // `go install x@v1` installs another module's tool.
  if (pkg.length > 1 || pkg.some((p) => p.includes('@'))) return undefined;
  const folder = posix.normalize(posix.join(step.cwd, pkg[0] ?? '.'));
  if (folder === '.' || folder.startsWith('..') || !root.isDir(folder)) return undefined;
  return posix.basename(folder);
}

/**
 * CI builds a program of this repository and installs it (`cd badger && go install .`), then runs it
 * with a test command (`badger bank test --dir=. -d=20m`, often from a scratch folder the step makes):
 * a test of the built program as a whole, level 3, wherever it runs from. Returns the level when the
 * step is such a run of a test command (`isTest`), else undefined.
 */
export function installedProgramTestLevel(steps: readonly Step[], index: number, root: ProjectDir, isTest: boolean): 3 | undefined {
  const step = steps[index];
  if (!step || !isTest) return undefined;
  const head = step.command.trim().split(/\s+/)[0];
  const installed = steps.slice(0, index).some((s) => s.file === step.file && installedProgram(s, root) === head);
  return installed ? 3 : undefined;
}
