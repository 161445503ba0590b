import { levelOfEnvName } from './ci-level.js';
import { hatchScriptLevelOfBody } from './hatch-script-level.js';
import { hatchEnvs, hatchScripts } from './hatch-scripts.js';
import type { DetectContext } from './detector.js';
import { evidenceIn } from './evidence.js';
import type { ProjectDir } from './project-dir.js';
import { noxSessionLevel, noxSessions } from './nox.js';
import { poeTaskBodies, poeTaskLevel } from './poe.js';
import { pythonToolCandidates } from './python-tools.js';
import { integrationDirs, pytestCandidates, unitDir } from './pytest-selection.js';
import { bodyVerdict } from './script-body.js';
import { toxCandidates, toxEnvs, toxFile } from './tox.js';
import { withToxLabelSpelling } from './tox-selection.js';
import type { Candidate } from './types.js';
import { valueAt } from './table-value.js';

const MANIFESTS = [
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'tox.ini',
  'tox.toml',
  'noxfile.py',
  'Pipfile',
  'uv.lock',
  'poetry.lock',
  'requirements.txt',
  'requirements-dev.txt',
  'pytest.ini',
  'mypy.ini',
  'ruff.toml',
  '.ruff.toml',
  'hatch.toml',
];

const LOCK_RUNNERS: readonly (readonly [string, string])[] = [
  ['uv.lock', 'uv run '],
  ['poetry.lock', 'poetry run '],
  ['pdm.lock', 'pdm run '],
];

/**
 * The prefix that runs a tool inside the project's environment: uv, poetry, pdm, pipenv or none. The
 * lock file a manager writes names it first (`poetry.lock` with a `[tool.uv.workspace]` table for test
 * fixtures is a poetry project); a manager's own table decides only when no lock file does.
 */
export function pythonRunner(dir: ProjectDir, pyproject: Record<string, unknown>): string {
  const locked = LOCK_RUNNERS.find(([lock]) => dir.has(lock));
  if (locked) return locked[1];
  if (valueAt(pyproject, 'tool', 'uv') !== undefined) return 'uv run ';
  if (valueAt(pyproject, 'tool', 'poetry') !== undefined) return 'poetry run ';
  if (valueAt(pyproject, 'tool', 'pdm') !== undefined) return 'pdm run ';
  if (dir.has('hatch.toml') || valueAt(pyproject, 'tool', 'hatch', 'envs') !== undefined) return '';
  if (dir.has('Pipfile')) return 'pipenv run ';
  return '';
}

/** nox sessions by name; a `test(s)` session beside integration folders is run twice, with each set of paths. */
function noxCandidates(dir: ProjectDir): Candidate[] {
  const noxfile = dir.read('noxfile.py');
  if (noxfile === undefined) return [];
  const out: Candidate[] = [];
  for (const found of noxSessions(noxfile)) {
    const session = found.name;
    const level = noxSessionLevel(found);
    if (level === undefined) continue;
    const evidence = evidenceIn(dir, 'noxfile.py', `def ${found.fn}`);
    const body = found.body;
    const integration = level === 2 && /^tests?$/.test(session) ? integrationDirs(dir) : [];
    if (integration.length > 0) {
      const unit = unitDir(dir, integration) ?? integration.map((i) => `--ignore=${i}`).join(' ');
      out.push({
        level: 2,
        name: `nox ${session}`,
        command: `nox -s ${session} -- ${unit}`,
        kind: 'script',
        ecosystem: 'python',
        body,
        evidence,
      });
      out.push({
        level: 3,
        name: `nox ${session} integration`,
        command: `nox -s ${session} -- ${integration.join(' ')}`,
        kind: 'script',
        ecosystem: 'python',
        body,
        evidence,
      });
    } else out.push({ level, name: `nox ${session}`, command: `nox -s ${session}`, kind: 'script', ecosystem: 'python', body, evidence });
  }
  return out;
}

/** Hatch: env scripts (pyproject `[tool.hatch.envs.X.scripts]` or hatch.toml `[envs.X.scripts]`) and its built-in `hatch test` / `hatch fmt --check`. */
function hatchCandidates(dir: ProjectDir): Candidate[] {
  const { envs, file } = hatchEnvs(dir);
  if (!envs) return [];
  const out: Candidate[] = [];
  for (const { env, name, task, body } of hatchScripts(dir)) {
    // `_coverage`: a helper other scripts call, not one of the environment's own commands.
    const level = name.startsWith('_') ? undefined : hatchScriptLevelOfBody(env, name, body);
    if (level === undefined || bodyVerdict(body) !== 'check') continue;
    out.push({
      level,
      name: `hatch ${task}`,
      command: `hatch run ${task}`,
      kind: 'script',
      ecosystem: 'python',
      body,
      evidence: evidenceIn(dir, file, `${name} =`),
    });
  }
  // Hatch's own environments: `hatch test` (pytest) and `hatch fmt --check` (ruff).
  if ('hatch-test' in envs && !out.some((c) => c.level === 2))
    out.push({
      level: 2,
      name: 'hatch test',
      command: 'hatch test',
      kind: 'script',
      ecosystem: 'python',
      body: 'pytest',
      evidence: evidenceIn(dir, file, 'hatch-test'),
    });
  if ('hatch-static-analysis' in envs)
    out.push({
      level: 1,
      name: 'hatch fmt',
      command: 'hatch fmt --check',
      kind: 'script',
      ecosystem: 'python',
      body: 'ruff check\nruff format --check',
      evidence: evidenceIn(dir, file, 'hatch-static-analysis'),
    });
  return out;
}

/** pdm scripts and poethepoet tasks, by name, when their body only looks. */
function taskTableCandidates(dir: ProjectDir, pyproject: Record<string, unknown>, run: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [table, prefix] of [
    [valueAt(pyproject, 'tool', 'pdm', 'scripts'), 'pdm run'],
    [valueAt(pyproject, 'tool', 'poe', 'tasks'), `${run}poe`],
  ] as const) {
    if (!table || typeof table !== 'object') continue;
    const poe = new Map(poeTaskBodies(dir.readToml('pyproject.toml')));
    for (const [name, body] of Object.entries(table as Record<string, unknown>)) {
      const level = name.startsWith('_') ? undefined : prefix.endsWith('poe') ? poeTaskLevel(name, poe) : levelOfEnvName(name);
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      if (level !== undefined && bodyVerdict(text) === 'check')
        out.push({
          level,
          name,
          command: `${prefix} ${name}`,
          kind: 'script',
          ecosystem: 'python',
          body: text,
          evidence: evidenceIn(dir, 'pyproject.toml', `${name} =`),
        });
    }
  }
  return out;
}

/** Python: tox, nox, hatch, pdm and poe tasks first; else the tools the project configures, and pytest as it selects tests. */
export function detectPython({ dir }: DetectContext): Candidate[] {
  if (!MANIFESTS.some((m) => dir.has(m))) return [];
  const pyproject = dir.readToml('pyproject.toml');
  const run = pythonRunner(dir, pyproject);
  const manifest = MANIFESTS.find((m) => dir.has(m)) as string;
  const envs = toxEnvs(dir, pyproject, dir.has('tox.toml') ? dir.readToml('tox.toml') : undefined);
  const out: Candidate[] = [
    ...(envs ? toxCandidates(dir, envs, toxFile(dir)).map((c) => withToxLabelSpelling(c, dir)) : []),
    ...noxCandidates(dir),
    ...hatchCandidates(dir),
    ...taskTableCandidates(dir, pyproject, run),
  ];
  const tools = pythonToolCandidates(dir, pyproject, run, manifest);
  if (!out.some((c) => c.level === 1)) out.push(...tools.checks);
  if (tools.usesPytest && !out.some((c) => c.level === 2)) {
    const pytest = pytestCandidates(dir, run, dir.read('pyproject.toml') ?? '', tools.markers, manifest);
    out.push(...pytest.filter((c) => c.level === 2 || !out.some((o) => o.level === 3)));
  }
  // Django's own test runner, when the project has no pytest.
  if (!out.some((c) => c.level === 2) && dir.has('manage.py') && /django/i.test(dir.read('manage.py') ?? '')) {
    out.push({
      level: 2,
      name: 'django test',
      command: `${run}python manage.py test`,
      kind: 'tool',
      ecosystem: 'python',
      evidence: evidenceIn(dir, 'manage.py'),
    });
  }
  return out;
}
