import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let packageRoot: string | undefined;

/**
 * The folder of the @ce/core package, found from this module's own location, so that assets
 * (templates, slash commands) load the same from sources, from dist/ and from an npm install.
 */
export function corePackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@ce/core') {
      packageRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @ce/core package folder for its assets');
    dir = parent;
  }
}

/** The text of a file under packages/core/assets (`templates/prp_base.md`). */
export function readAsset(relativePath: string): string {
  return readFileSync(join(corePackageRoot(), 'assets', relativePath), 'utf8');
}
