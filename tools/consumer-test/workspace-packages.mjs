// The published packages of the workspace, found from the root package.json's workspaces (so a
// package added later is covered without touching this test), and their tarballs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every workspace package that is not private: {name, dir, manifest}. */
export function publishedPackages(repoRoot) {
  const { workspaces } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const dirs = workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(repoRoot, parent)).map((name) => `${parent}/${name}`);
  });
  return dirs
    .filter((dir) => existsSync(join(repoRoot, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

/** Packs every package (running its prepack/postpack) into `dest`; returns npm's report per package. */
export function packAll(repoRoot, packages, dest) {
  const args = ['pack', '--json', '--pack-destination', dest, ...packages.flatMap((p) => ['--workspace', p.dir])];
  const out = execFileSync('npm', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.slice(out.indexOf('[')));
}
