/** File names that declare or lock a project's dependencies, across the ecosystems ce knows. */
const MANIFEST_NAMES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lockb',
  'bun.lock',
  'deno.json',
  'deno.lock',
  'pyproject.toml',
  'Pipfile',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'setup.py',
  'setup.cfg',
  'Cargo.toml',
  'Cargo.lock',
  'go.mod',
  'go.sum',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'gradle.lockfile',
  'Gemfile',
  'Gemfile.lock',
  'composer.json',
  'composer.lock',
]);

/** Whether a repository path is a dependency manifest or lock file (`requirements*.txt` included). */
export function isDependencyManifest(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return MANIFEST_NAMES.has(name) || /^requirements[\w.-]*\.txt$/.test(name);
}
