import { evidenceIn } from './evidence.js';
import { addoptsValue, deselectedMarkers } from './pytest-addopts.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

const INTEGRATION = /^(integration|e2e|functional|acceptance|system)(_tests?)?$/;
const MARKER = /(integration|e2e|functional|acceptance|system)/;

/** Test folders that hold integration tests (`tests/integration`, `tests/functional`). */
export function integrationDirs(dir: ProjectDir): string[] {
  return ['tests', 'test']
    .filter((t) => dir.hasDir(t))
    .flatMap((t) =>
      dir
        .list(t)
        .filter((n) => INTEGRATION.test(n) && dir.isDir(`${t}/${n}`))
        .map((n) => `${t}/${n}`),
    );
}

/** The unit-test folder beside integration folders (`tests/unit`), if any. */
export function unitDir(dir: ProjectDir, integration: string[]): string | undefined {
  const parent = integration[0]?.split('/')[0];
  return parent && dir.isDir(`${parent}/unit`) ? `${parent}/unit` : undefined;
}

/** A marker whose tests have a folder of their own (`tests/autobahn` for `-m autobahn`) is a suite apart. */
function ownTestDir(dir: ProjectDir, marker: string): boolean {
  return ['tests', 'test'].some((t) => dir.isDir(`${t}/${marker}`));
}

/** How the project itself selects tests: `addopts = -m "not integration"` or a conftest `--integration` switch. */
interface Selection {
  /** Marker deselected by default in addopts. */
  deselected?: string;
  /** A conftest option that turns integration tests on, and whether they carry a marker of the same name. */
  option?: string;
  optionMarker?: string;
  file: string;
  pattern: string;
}

function configuredSelection(dir: ProjectDir, pyprojectText: string): Selection | undefined {
  for (const file of ['pyproject.toml', 'pytest.ini', 'setup.cfg', 'tox.ini']) {
    const text = file === 'pyproject.toml' ? pyprojectText : (dir.read(file) ?? '');
    const deselected = deselectedMarkers(addoptsValue(text)).find((m) => MARKER.test(m) || ownTestDir(dir, m));
    if (deselected) return { deselected, file, pattern: 'addopts' };
  }
  for (const file of ['conftest.py', 'tests/conftest.py', 'test/conftest.py']) {
    const text = dir.read(file);
    if (!text) continue;
    const option = /addoption\(\s*["'](--(?:run-?)?[\w-]*(?:integration|e2e|functional|acceptance|system)[\w-]*)["']/.exec(text)?.[1];
    if (!option) continue;
    const marker = /["'](integration|e2e|functional|acceptance|system)\s*:/.exec(text)?.[1];
    return { option, optionMarker: marker, file, pattern: option };
  }
  return undefined;
}

/**
 * pytest at levels 2 and 3 as the project selects its tests: its own deselection (addopts) or
 * opt-in switch (conftest option) first; else integration folders; else an `integration` marker.
 */
export function pytestCandidates(
  dir: ProjectDir,
  run: string,
  pyprojectText: string,
  markersText: string,
  evidenceFile: string,
): Candidate[] {
  const tool = (level: 2 | 3, name: string, args: string, file: string, pattern?: string): Candidate => ({
    level,
    name,
    command: `${run}pytest${args ? ` ${args}` : ''}`,
    kind: 'tool',
    ecosystem: 'python',
    evidence: evidenceIn(dir, file, pattern),
  });
  const selection = configuredSelection(dir, pyprojectText);
  if (selection?.deselected)
    return [
      tool(2, 'pytest', '', selection.file, selection.pattern),
      tool(3, 'pytest integration', `-m ${selection.deselected}`, selection.file, selection.pattern),
    ];
  if (selection?.option)
    return [
      tool(2, 'pytest', '', selection.file, selection.pattern),
      tool(
        3,
        'pytest integration',
        `${selection.option}${selection.optionMarker ? ` -m ${selection.optionMarker}` : ''}`,
        selection.file,
        selection.pattern,
      ),
    ];
  const integration = integrationDirs(dir);
  if (integration.length > 0) {
    const unit = unitDir(dir, integration);
    return [
      tool(2, 'pytest', unit ?? integration.map((i) => `--ignore=${i}`).join(' '), evidenceFile),
      tool(3, 'pytest integration', integration.join(' '), evidenceFile),
    ];
  }
  if (/\bintegration\s*:/.test(markersText))
    return [tool(2, 'pytest', '-m "not integration"', evidenceFile), tool(3, 'pytest integration', '-m integration', evidenceFile)];
  return [tool(2, 'pytest', '', evidenceFile)];
}
