import { posix } from 'node:path';
import type { ProjectDir } from './project-dir.js';

/**
 * `cargo run -p systest` (libc, git2-rs and most `-sys` crates): a workspace member whose build script
 * generates, with ctest or ctest2, a C and a Rust check of every binding (sizes, alignments, field
 * offsets, signatures) and whose `main` runs them. Running it tests the bindings against the C
 * headers, whatever the member is called: a test run, level 2. The member is found by its package
 * name among the workspace's members (or by `--manifest-path`); the build dependency is the evidence.
 */
const CTEST = /^ctest2?$/;

/** The folders of the root workspace's members, globs left out (a member is named, not searched for). */
function memberFolders(root: ProjectDir): string[] {
  const members = (root.readToml('Cargo.toml')['workspace'] as Record<string, unknown> | undefined)?.['members'];
  return Array.isArray(members) ? members.filter((m): m is string => typeof m === 'string' && !/[*?[]/.test(m)) : [];
}

/** Whether the manifest in `folder` builds with ctest, and (when `name` is given) is that package. */
function isCtestCrate(root: ProjectDir, folder: string, name?: string): boolean {
  const manifest = root.readToml(posix.join(folder, 'Cargo.toml'));
  const pkg = manifest['package'] as Record<string, unknown> | undefined;
  const build = manifest['build-dependencies'] as Record<string, unknown> | undefined;
  return (name === undefined || pkg?.['name'] === name) && Object.keys(build ?? {}).some((dep) => CTEST.test(dep));
}

/** 2 when the line runs a ctest crate of the workspace (`cargo run -p systest --features x`), else undefined. */
export function ctestCrateRun(command: string, root: ProjectDir): 2 | undefined {
  const run = /^cargo(?:\s+\+\S+)?\s+run\s(.*)$/.exec(command.trim())?.[1];
  if (run === undefined) return undefined;
  const manifest = /(?:^|\s)--manifest-path[\s=]+(\S+?)\/?Cargo\.toml(?=\s|$)/.exec(run)?.[1];
  if (manifest !== undefined) return isCtestCrate(root, manifest.replace(/^\.\//, '') || '.') ? 2 : undefined;
  const name = /(?:^|\s)(?:-p|--package)[\s=]+([\w.-]+)/.exec(run)?.[1];
  if (name === undefined) return undefined;
  return memberFolders(root).some((folder) => isCtestCrate(root, folder, name)) ? 2 : undefined;
}
