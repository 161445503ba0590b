import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitRepo } from '@ce/test-utils';

const DEMO = fileURLToPath(new URL('../../../examples/demo-repo/', import.meta.url));

/** A committed git repository holding a copy of examples/demo-repo (plus extra files). */
export function demoRepo(extra: Record<string, string> = {}): string {
  const tree: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else tree[relative(DEMO, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(DEMO);
  return gitRepo({ ...tree, ...extra });
}
