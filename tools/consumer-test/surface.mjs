// What a published package promises: every file its manifest names is in the tarball, no
// development-only export condition, a README and a LICENSE, no source maps.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

/** Problems with one packed package (an empty list when it is honest). */
export function surfaceProblems(packed, tarballDir) {
  const files = new Set(packed.files.map((f) => f.path));
  const manifest = JSON.parse(
    execFileSync('tar', ['-xOzf', join(tarballDir, packed.filename), 'package/package.json'], { encoding: 'utf8' }),
  );
  const problems = [];
  const named = [manifest.main, manifest.types, ...exportTargets(manifest.exports), ...Object.values(manifest.bin ?? {})];
  for (const target of named.filter(Boolean)) {
    const path = target.replace(/^\.\//, '');
    if (path !== 'package.json' && !files.has(path)) problems.push(`names ${target}, which is not in the tarball`);
  }
  if (JSON.stringify(manifest.exports ?? {}).includes('@ce/source')) problems.push('exports keep the @ce/source condition');
  for (const required of ['README.md', 'LICENSE']) if (!files.has(required)) problems.push(`has no ${required}`);
  const maps = [...files].filter((f) => f.endsWith('.map'));
  if (maps.length > 0) problems.push(`ships source maps (${maps[0]}, …)`);
  return problems.map((p) => `${packed.name}: ${p}`);
}
