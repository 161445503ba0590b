import type { ProjectDir } from './project-dir.js';

/**
 * How mypy is run: given no targets it checks the `files` its configuration lists (pyproject
 * `[tool.mypy] files`, `files =` under `[mypy]` of mypy.ini / .mypy.ini / setup.cfg), which is how a
 * project with that setting runs it (`poetry run mypy`); without it, mypy needs a target: `mypy .`.
 */
export function mypyCommand(dir: ProjectDir, pyproject: Record<string, unknown>): string {
  const tool = pyproject['tool'];
  const mypy = tool && typeof tool === 'object' ? (tool as Record<string, unknown>)['mypy'] : undefined;
  if (mypy && typeof mypy === 'object' && (mypy as Record<string, unknown>)['files'] !== undefined) return 'mypy';
  for (const file of ['mypy.ini', '.mypy.ini', 'setup.cfg']) {
    const section = /^\[mypy\]\s*\n((?:(?!\[).*\n?)*)/m.exec(dir.read(file) ?? '')?.[1] ?? '';
    if (/^files\s*=\s*\S/m.test(section)) return 'mypy';
  }
  return 'mypy .';
}
