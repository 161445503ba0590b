import { evidenceIn } from './evidence.js';
import type { DetectContext } from './detector.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

/**
 * Whether `sub/tests` holds integration targets (`*.rs` files or folders with a main.rs). A file
 * without an extension is no target: `tests/test_deprecated_options` is a shell script CI runs on
 * the built binary, which cargo never compiles.
 */
function testsIn(dir: ProjectDir, sub: string): boolean {
  const tests = sub ? `${sub}/tests` : 'tests';
  return dir.isDir(tests) && dir.list(tests).some((n) => n.endsWith('.rs') || (!n.includes('.') && dir.isDir(`${tests}/${n}`)));
}

/** The crate's own `tests/`, or those of its workspace members (`members = ["axum", "axum-*", "crates/*"]`). */
function hasIntegrationTargets(dir: ProjectDir, workspaceManifest: string): boolean {
  if (testsIn(dir, '')) return true;
  const members = /^\s*members\s*=\s*\[([^\]]*)\]/m.exec(workspaceManifest)?.[1] ?? '';
  for (const m of members.matchAll(/["']([^"']+)["']/g)) {
    const pattern = (m[1] as string).replace(/\/$/, '');
    if (!pattern.includes('*')) {
      if (testsIn(dir, pattern)) return true;
      continue;
    }
    const slash = pattern.lastIndexOf('/');
    const parent = slash < 0 ? '' : pattern.slice(0, slash);
    const glob = new RegExp(
      `^${pattern
        .slice(slash + 1)
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (dir.list(parent || '.').some((name) => glob.test(name) && testsIn(dir, parent ? `${parent}/${name}` : name))) return true;
  }
  return false;
}

/**
 * Whether a cargo command CI runs in a member folder is already run for the whole workspace from
 * the root (`axum-macros: cargo test` beside `cargo test --workspace`): the member is covered.
 */
export function coveredByWorkspace(command: string, cwd: string, rootManifest: string | undefined, rootCommands: string[]): boolean {
  if (cwd === '.' || !rootManifest || !/^\[workspace\]/m.test(rootManifest)) return false;
  const sub = /^cargo\s+(?:\+\S+\s+)?(\w+)/.exec(command)?.[1];
  return sub !== undefined && rootCommands.some((r) => new RegExp(`^cargo\\s+(\\+\\S+\\s+)?${sub}\\b.*--(workspace|all)\\b`).test(r));
}

/** Cargo: fmt and clippy (level 1), unit tests (2), `tests/` integration tests (3). Members of a workspace above are covered by it. */
export function detectRust({ dir, ancestors }: DetectContext): Candidate[] {
  const manifest = dir.read('Cargo.toml');
  if (manifest === undefined) return [];
  const ev = evidenceIn(dir, 'Cargo.toml', /^\[(workspace|package)\]/m);
  if (ancestors.some((a) => /^\[workspace\]/m.test(a.read('Cargo.toml') ?? ''))) return [];
  const workspace = /^\[workspace\]/m.test(manifest);
  const ws = workspace ? ' --workspace' : '';
  const out: Candidate[] = [
    {
      level: 1,
      name: 'cargo fmt',
      command: workspace ? 'cargo fmt --all --check' : 'cargo fmt --check',
      kind: 'tool',
      ecosystem: 'rust',
      evidence: ev,
    },
    { level: 1, name: 'cargo clippy', command: `cargo clippy${ws} --all-targets`, kind: 'tool', ecosystem: 'rust', evidence: ev },
  ];
  if (hasIntegrationTargets(dir, workspace ? manifest : '')) {
    out.push({ level: 2, name: 'cargo test', command: `cargo test${ws} --lib --bins`, kind: 'tool', ecosystem: 'rust', evidence: ev });
    out.push({
      level: 3,
      name: 'cargo test integration',
      command: `cargo test${ws} --test '*'`,
      kind: 'tool',
      ecosystem: 'rust',
      evidence: ev,
    });
  } else out.push({ level: 2, name: 'cargo test', command: `cargo test${ws}`, kind: 'tool', ecosystem: 'rust', evidence: ev });
  return out;
}
