import { execFileSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import type { CiCandidate } from './ci-workflows.js';
import { lineOf } from './evidence.js';
import type { ProjectDir } from './project-dir.js';
import type { Evidence } from './types.js';
import { yamlWithinLimits } from '@ce/core';

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
 * A commit by pre-commit.ci's bot among the repository's last 500 (its autofixes and hook
 * updates): the service is installed and checks every pull request, though many projects leave no
 * `ci:` section nor badge to say so. Read only when nothing in the tree says it; no git, no answer.
 */
function botCommit(rootAbs: string): string | undefined {
  try {
    const log = execFileSync('git', ['log', '-n', '500', '--format=%h %an', 'HEAD'], {
      cwd: rootAbs,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    });
    return /^(\S+) pre-commit-ci\[bot\]$/m.exec(log)?.[1];
  } catch {
    return undefined;
  }
}

/** What says pre-commit.ci runs: the config's `ci:` section, the README's badge, or the bot's commits. */
function serviceEvidence(root: ProjectDir, config: object, text: string): Evidence | undefined {
  if ('ci' in config) return { file: '.pre-commit-config.yaml', line: lineOf(text, /^ci:/m) || 1 };
  const badge = readmeBadge(root);
  if (badge) return badge;
  const commit = botCommit(root.abs);
  return commit
    ? { file: '.pre-commit-config.yaml', line: 1, note: `pre-commit.ci runs these hooks: commit ${commit} is by pre-commit-ci[bot]` }
    : undefined;
}

/**
 * pre-commit.ci runs every hook on each pull request: a level-1 CI check. The repository says so by
 * a `ci:` section in .pre-commit-config.yaml, the service's status badge in its README, or the
 * service's bot among the authors of its recent commits.
 */
export function detectPreCommitCi(root: ProjectDir): CiCandidate[] {
  const text = root.read('.pre-commit-config.yaml');
  if (text === undefined || !yamlWithinLimits(text)) return [];
  let data: unknown;
  try {
    data = parseDocument(text).toJS();
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const evidence = serviceEvidence(root, data, text);
  if (!evidence) return [];
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
      evidence,
    },
  ];
}

const ALL_HOOKS_RUN = /(^|\s)(pre-commit|prek)\s+run\s(.*\s)?(--all-files|-a)(\s|$)/;
const VALUED_OPTION = /\s(--hook-stage|--from-ref|--to-ref|--source|--origin|--color|--config|-c)(\s+|=)\S+/g;

/** Every hook over every file: `--all-files` and no hook named (`run --hook-stage manual pylint --all-files` runs one). */
function runsEveryHook(command: string): boolean {
  if (!ALL_HOOKS_RUN.test(command)) return false;
  // Split at the hooks' own `run`: a runner before it (`uv run prek run`, `poetry run pre-commit run`) has one too.
  const after = command.replace(VALUED_OPTION, ' ').split(/(?:^|\s)(?:pre-commit|prek)\s+run\s+/)[1] ?? '';
  return after.split(/\s+/).every((word) => word === '' || word.startsWith('-'));
}

/**
 * pre-commit.ci's run beside a workflow that already runs every hook (`pre-commit run --all-files`):
 * both run the same hooks of the same config on each pull request, so they are one gate, and the
 * workflow's line is how the project spells it. The service's candidate is then left out.
 */
export function withoutRepeatedPreCommitCi(workflows: CiCandidate[], service: CiCandidate[]): CiCandidate[] {
  return workflows.some((c) => c.level === 1 && runsEveryHook(c.command)) ? [] : service;
}
