import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { onTestFinished } from 'vitest';

/** A throw-away directory removed when the current test finishes. */
export function useTempDir(prefix = 'ce-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `{ "relative/path": content }` under root; Buffers are written as bytes. */
export function writeTree(root: string, tree: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(tree)) {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** Reads every file below root (skipping .git) into `{ "relative/path": Buffer }`. */
export function readTree(
  root: string,
  skip: (rel: string) => boolean = (rel) => rel.startsWith('.git/') || rel === '.git',
): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(root, full).split('\\').join('/');
      if (skip(rel)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out[rel] = readFileSync(full);
    }
  };
  walk(root);
  return out;
}
