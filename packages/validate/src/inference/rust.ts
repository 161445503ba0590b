import { evidenceIn } from './evidence.js';
import type { DetectContext } from './detector.js';
import type { Candidate } from './types.js';

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
  if (dir.hasDir('tests') && dir.list('tests').some((n) => n.endsWith('.rs') || !n.includes('.'))) {
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
