import { parseDocument } from 'yaml';
import type { CiCandidate } from './ci-workflows.js';
import { lineOf } from './evidence.js';
import type { ProjectDir } from './project-dir.js';

/** pre-commit.ci (a `ci:` section in .pre-commit-config.yaml) runs every hook on each pull request: a level-1 CI check. */
export function detectPreCommitCi(root: ProjectDir): CiCandidate[] {
  const text = root.read('.pre-commit-config.yaml');
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = parseDocument(text).toJS();
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object' || !('ci' in data)) return [];
  const run = root.has('uv.lock') ? 'uv run ' : root.has('poetry.lock') ? 'poetry run ' : '';
  return [
    {
      level: 1,
      name: 'pre-commit',
      command: `${run}pre-commit run --all-files`,
      cwd: '.',
      kind: 'ci',
      ecosystem: 'ci',
      evidence: { file: '.pre-commit-config.yaml', line: lineOf(text, /^ci:/m) || 1 },
    },
  ];
}
