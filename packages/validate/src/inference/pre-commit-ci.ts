import { parseDocument } from 'yaml';
import type { CiCandidate } from './ci-workflows.js';
import { lineOf } from './evidence.js';
import type { ProjectDir } from './project-dir.js';

/** The root README's pre-commit.ci status badge (`results.pre-commit.ci/badge/…`): the service runs on the repository. */
function readmeBadge(root: ProjectDir): { file: string; line: number } | undefined {
  for (const file of [...root.files].filter((f) => /^readme(\.\w+)?$/i.test(f)).sort()) {
    const text = root.read(file) ?? '';
    const line = lineOf(text, /results\.pre-commit\.ci\/(badge|latest)/);
    if (line > 0) return { file, line };
  }
  return undefined;
}

/**
 * pre-commit.ci runs every hook on each pull request: a level-1 CI check. The repository says so by
 * a `ci:` section in .pre-commit-config.yaml or by the service's status badge in its README.
 */
export function detectPreCommitCi(root: ProjectDir): CiCandidate[] {
  const text = root.read('.pre-commit-config.yaml');
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = parseDocument(text).toJS();
  } catch {
    return [];
  }
  const badge = readmeBadge(root);
  if (!data || typeof data !== 'object' || (!('ci' in data) && !badge)) return [];
  // Through the project's environment only when the project installs pre-commit (or prek) there.
  const declared = /["'\s](pre-commit|prek)\b/.test(root.read('pyproject.toml') ?? '');
  const run = !declared ? '' : root.has('uv.lock') ? 'uv run ' : root.has('poetry.lock') ? 'poetry run ' : '';
  return [
    {
      level: 1,
      name: 'pre-commit',
      command: `${run}pre-commit run --all-files`,
      cwd: '.',
      kind: 'ci',
      ecosystem: 'ci',
      evidence:
        'ci' in data ? { file: '.pre-commit-config.yaml', line: lineOf(text, /^ci:/m) || 1 } : (badge as { file: string; line: number }),
    },
  ];
}
