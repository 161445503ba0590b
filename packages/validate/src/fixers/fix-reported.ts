import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isInside } from '@ce/core';
import type { Diagnostic } from '../diagnostics/index.js';
import type { LevelResult } from '../gates/run-gates.js';
import { plannedFixers, runFixer, type FixerOutcome } from './project-fixers.js';
import type { AppliedFix } from './self-heal.js';
import { filesWithUnusedImports, removeUnusedImports } from './typescript-fixes.js';
import { dirtyFiles, hashFile, WorktreeGuard } from './worktree-guard.js';

export interface ReportedFixResult {
  fixed: AppliedFix[];
  /** Repository-relative files changed by this round ([] when nothing could be changed). */
  changed: string[];
  /** False when the diagnostics name no file a fixer could work on. */
  anythingToFix: boolean;
}

/** The files a gate run reports, inside the repository and not in node_modules or .git. */
export function reportedFiles(root: string, diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(
    diagnostics
      .map((d) => d.file)
      .filter((f) => f && !/(^|\/)(node_modules|\.git)\//.test(f) && isInside(root, join(root, f)) && existsSync(join(root, f))),
  );
}

/**
 * One round of fixing what a failed run reported: unused imports removed with the TypeScript
 * language service, then the project's fixers on the reported files only. Uncommitted files
 * outside the reported ones are written back if a fixer touched them.
 */
export async function fixReported(
  root: string,
  gate: LevelResult,
  attempt: number,
  timeoutMs: number,
  onFixing?: (fixer: string) => void,
): Promise<ReportedFixResult> {
  const reported = reportedFiles(root, gate.diagnostics);
  if (reported.size === 0 && !gate.diagnostics.some((d) => d.tool === 'cargo')) return { fixed: [], changed: [], anythingToFix: false };
  const fixed: AppliedFix[] = [];
  const before = new Map([...reported].map((f) => [f, hashFile(join(root, f))]));
  const dirtyBefore = await dirtyFiles(root);
  const guard = await WorktreeGuard.protect(root, reported);
  const touchedByTs = await removeUnusedImports(
    root,
    filesWithUnusedImports(gate.diagnostics).filter((f) => reported.has(f)),
  );
  if (touchedByTs.length > 0) fixed.push({ attempt, fixer: 'typescript organize-imports (remove unused)', files: touchedByTs });
  const outcomes: FixerOutcome[] = [];
  const names = new Set<string>();
  for (const command of gate.commands) {
    if (command.passed && command.diagnostics.length === 0) continue;
    const own = command.diagnostics.filter((d) => reported.has(d.file) || (d.tool === 'cargo' && !d.file));
    for (const run of plannedFixers(root, command.cwd, own, touchedByTs)) {
      if (names.has(`${run.fixer}@${run.cwd}`)) continue;
      names.add(`${run.fixer}@${run.cwd}`);
      onFixing?.(run.fixer);
      outcomes.push(await runFixer(run, timeoutMs));
    }
  }
  guard.restore();
  const changedReported = [...reported].filter((f) => hashFile(join(root, f)) !== before.get(f));
  const dirtyAfter = await dirtyFiles(root);
  const newlyDirty = [...(dirtyAfter ?? [])].filter((f) => !(dirtyBefore ?? new Set()).has(f) && !reported.has(f));
  const changed = [...new Set([...changedReported, ...newlyDirty, ...touchedByTs])];
  for (const o of outcomes) {
    const files = changed.filter((f) => o.files.length === 0 || o.files.some((x) => join(o.cwd, x) === join(root, f)));
    if (files.length > 0) fixed.push({ attempt, fixer: o.fixer, files });
  }
  return { fixed, changed, anythingToFix: true };
}
