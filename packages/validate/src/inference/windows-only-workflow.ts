import { yamlWithinLimits } from '@ce/core';
import { parse } from 'yaml';
import { isWindowsOnlyJob, isWindowsSpelling } from './windows-only-job.js';
import type { CiCandidate } from './ci-workflows.js';

type Systems = 'windows' | 'other' | 'none';

/** Whether a workflow's jobs all run on Windows (`windows`), some elsewhere (`other`), or it has none to judge. */
function systemsOf(text: string): Systems {
  let data: unknown;
  if (!yamlWithinLimits(text)) return 'none';
  try {
    data = parse(text);
  } catch {
    return 'none';
  }
  const jobs = (data as { jobs?: unknown } | null)?.jobs;
  if (typeof jobs !== 'object' || jobs === null) return 'none';
  const list = Object.values(jobs as Record<string, unknown>).filter(
    (j): j is Record<string, unknown> => typeof j === 'object' && j !== null,
  );
  if (list.length === 0) return 'none';
  return list.every((job) => isWindowsOnlyJob(job)) ? 'windows' : 'other';
}

/**
 * A workflow file whose jobs all run on Windows (libcheck's windows.yml beside linux.yml and osx.yml)
 * is to the repository what a Windows-only job is to its workflow: its Windows spellings
 * (`C:\msys64\msys2_shell.cmd … -c "tests/check_check"`) are the platform's variant of gates the
 * other workflows run, and are left out as that job's are. Without a workflow for another system
 * Windows is the project's platform, and nothing is left out.
 */
export function withoutWindowsWorkflowSpellings(ci: CiCandidate[], workflows: Map<string, string>): CiCandidate[] {
  // Most repositories have no Windows spelling at all: their workflows are not parsed a second time.
  if (!ci.some((c) => isWindowsSpelling(c.command))) return ci;
  const systems = new Map([...workflows].map(([file, text]) => [file, systemsOf(text)]));
  if (![...systems.values()].includes('other')) return ci;
  return ci.filter((c) => !(systems.get(c.evidence?.file ?? '') === 'windows' && isWindowsSpelling(c.command)));
}
