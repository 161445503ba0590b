import { posix } from 'node:path';
import { parseDocument } from 'yaml';
import type { ProjectDir } from './project-dir.js';
import type { Candidate, GateLevel } from './types.js';

export interface CiCandidate extends Candidate {
  /** Folder the step runs in, relative to the repository root. */
  cwd: string;
}

const SETUP =
  /^(npm (ci|install|i)\b|pnpm (install|i)\b|yarn( install)?$|yarn install|bun install|pip3? install|python3? -m pip|uv (sync|pip|venv)|poetry install|pipenv install|bundle install|gem install|go (mod|get|install)|cargo (install|build|fetch)|rustup|apt(-get)? |brew |curl |wget |git |echo |cd |mkdir |cp |mv |rm |export |source |docker |sudo |chmod |ls |cat |npx (--yes )?(playwright install|cypress install)|corepack )/;

/** The gate level a CI command belongs to, or undefined for setup, build and deploy steps. */
export function levelOfCiCommand(command: string): GateLevel | undefined {
  const c = command.trim();
  if (!c || SETUP.test(c) || c.includes('${{')) return undefined;
  if (/\b(publish|deploy|release|upload|coveralls|codecov)\b/.test(c)) return undefined;
  if (
    /(integration|e2e|end-to-end|acceptance|playwright test|cypress run|-tags[ =]\S*integration|--test '\*'|test:system|spec\/(system|features))/.test(
      c,
    )
  )
    return 3;
  if (
    /(\blint\b|eslint|prettier (--check|-c)\b|format:check|fmt:check|\bfmt --check|fmt -- --check|\btsc\b|typecheck|type-check|ruff|mypy|flake8|black --check|pyright|pylint|clippy|go vet|gofmt|golangci-lint|rubocop|standardrb|checkstyle|spotless(Check|:check)|ktlint|detekt|deno (lint|fmt|check))/.test(
      c,
    )
  )
    return 1;
  if (/(\btest\b|\btests\b|pytest|jest|vitest|mocha|rspec|\bcheck\b|tox|nox|cargo nextest)/.test(c)) return 2;
  return undefined;
}

function nameOf(command: string): string {
  const words = command
    .replace(
      /^(npx|pnpm (run|exec)|yarn|bun( run)?|npm run|uv run|poetry run|pdm run|pipenv run|bundle exec|python3? -m|\.\/gradlew|\.\/mvnw)\s+/,
      '',
    )
    .split(/\s+/);
  return words
    .slice(
      0,
      words[0] === 'go' || words[0] === 'cargo' || words[0] === 'deno' || words[0] === 'make' || words[0] === 'just' || words[0] === 'tox'
        ? 2
        : 1,
    )
    .join(' ');
}

/** Splits a `run:` script into commands: continuation lines joined, comments dropped, `cd x && y` read as cwd x. */
export function splitRunScript(script: string, baseCwd: string): { command: string; cwd: string }[] {
  const out: { command: string; cwd: string }[] = [];
  let cwd = baseCwd;
  const joined = script.replace(/\\\r?\n\s*/g, ' ');
  for (const raw of joined.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cd = /^cd\s+([^\s&;|]+)\s*(?:&&|;)\s*(.+)$/.exec(line);
    if (cd) {
      line = (cd[2] as string).trim();
      const target = cd[1] as string;
      if (!target.includes('$')) {
        const next = posix.normalize(posix.join(cwd, target));
        if (!next.startsWith('..')) cwd = next;
      }
    } else if (/^cd\s+[^\s&;|]+$/.test(line)) {
      const target = line.slice(3).trim();
      const next = posix.normalize(posix.join(cwd, target));
      if (!target.includes('$') && !next.startsWith('..')) cwd = next;
      continue;
    }
    for (const part of line.split(/\s+&&\s+/)) out.push({ command: part.trim(), cwd });
  }
  return out;
}

function fromCommands(steps: { command: string; cwd: string }[], source: string): CiCandidate[] {
  const out: CiCandidate[] = [];
  for (const { command, cwd } of steps) {
    const level = levelOfCiCommand(command);
    if (level === undefined) continue;
    out.push({ level, name: nameOf(command), command, cwd: cwd === '' ? '.' : cwd, kind: 'ci', ecosystem: source });
  }
  return out;
}

/** GitHub actions that run a gate, and the command they stand for. */
const ACTIONS: [string, string][] = [
  ['golangci/golangci-lint-action', 'golangci-lint run'],
  ['astral-sh/ruff-action', 'ruff check .'],
  ['chartboost/ruff-action', 'ruff check .'],
  ['psf/black', 'black --check .'],
];

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** GitHub Actions: every `run:` step of every job, with `working-directory` (step, job or workflow defaults). */
export function githubWorkflowCommands(text: string): CiCandidate[] {
  let data: Record<string, unknown> | undefined;
  try {
    data = asRecord(parseDocument(text).toJS());
  } catch {
    return [];
  }
  if (!data) return [];
  const wd = (node: unknown): string | undefined => {
    const v = asRecord(asRecord(asRecord(node)?.['defaults'])?.['run'])?.['working-directory'];
    return typeof v === 'string' ? v : undefined;
  };
  const steps: { command: string; cwd: string }[] = [];
  for (const job of Object.values(asRecord(data['jobs']) ?? {})) {
    const jobCwd = wd(job) ?? wd(data) ?? '.';
    const list = asRecord(job)?.['steps'];
    if (!Array.isArray(list)) continue;
    for (const step of list) {
      const s = asRecord(step);
      if (!s) continue;
      if (typeof s['uses'] === 'string' && typeof s['run'] !== 'string') {
        // Well-known actions that are themselves gates.
        const action = ACTIONS.find(([prefix]) => (s['uses'] as string).startsWith(prefix));
        const withCwd = asRecord(s['with'])?.['working-directory'];
        if (action) steps.push({ command: action[1], cwd: posix.normalize(typeof withCwd === 'string' ? withCwd : jobCwd) });
        continue;
      }
      if (typeof s['run'] !== 'string') continue;
      const stepCwd = typeof s['working-directory'] === 'string' ? (s['working-directory'] as string) : jobCwd;
      if (stepCwd.includes('${{')) continue;
      steps.push(...splitRunScript(s['run'] as string, posix.normalize(stepCwd.replace(/^\.\//, '') || '.')));
    }
  }
  return fromCommands(steps, 'github-actions');
}

/** GitLab CI: `script:` lines of every job. */
export function gitlabCommands(text: string): CiCandidate[] {
  let data: Record<string, unknown> | undefined;
  try {
    data = asRecord(parseDocument(text, { customTags: [{ tag: '!reference', collection: 'seq', resolve: () => [] }] }).toJS());
  } catch {
    return [];
  }
  const steps: { command: string; cwd: string }[] = [];
  for (const [name, job] of Object.entries(data ?? {})) {
    if (name.startsWith('.')) continue;
    const script = asRecord(job)?.['script'];
    const lines = Array.isArray(script) ? script : typeof script === 'string' ? [script] : [];
    for (const line of lines) if (typeof line === 'string') steps.push(...splitRunScript(line, '.'));
  }
  return fromCommands(steps, 'gitlab-ci');
}

/** Commands of the repository's CI files (GitHub Actions, GitLab CI), deduplicated. */
export function detectCiWorkflows(root: ProjectDir): CiCandidate[] {
  const out: CiCandidate[] = [];
  if (root.hasDir('.github')) {
    for (const name of root.list('.github/workflows').sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      out.push(...githubWorkflowCommands(root.read(`.github/workflows/${name}`) ?? ''));
    }
  }
  const gitlab = root.read('.gitlab-ci.yml');
  if (gitlab !== undefined) out.push(...gitlabCommands(gitlab));
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.cwd}\0${c.command}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
