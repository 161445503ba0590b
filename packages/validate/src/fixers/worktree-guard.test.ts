import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { fixLevel1 } from '../index.js';
import { WorktreeGuard } from './index.js';

describe('fixers never change the user’s uncommitted work outside the reported files', () => {
  it('writes back a changed or untracked file that was not reported, and keeps changes to reported files', async () => {
    const dir = gitRepo({ 'reported.ts': 'a\n', 'wip.ts': 'committed\n' });
    writeFileSync(join(dir, 'wip.ts'), 'my uncommitted work\n');
    writeFileSync(join(dir, 'new.ts'), 'untracked draft\n');
    const guard = await WorktreeGuard.protect(dir, new Set(['reported.ts']));
    // What a crate-wide formatter would do: rewrite everything.
    for (const f of ['reported.ts', 'wip.ts', 'new.ts']) writeFileSync(join(dir, f), 'formatted\n');
    expect(guard.restore().sort()).toEqual(['new.ts', 'wip.ts']);
    expect(readFileSync(join(dir, 'wip.ts'), 'utf8')).toBe('my uncommitted work\n');
    expect(readFileSync(join(dir, 'new.ts'), 'utf8')).toBe('untracked draft\n');
    expect(readFileSync(join(dir, 'reported.ts'), 'utf8')).toBe('formatted\n');
  });

  it('fixes a real Rust crate with cargo fmt and then passes `cargo fmt --check`', async () => {
    const dir = gitRepo({
      'Cargo.toml': '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/main.rs': 'fn main() {   let x = 1;  println!("{}",x);}\n',
      '.gitignore': 'target\n',
      '.ce/config.yml': 'version: 1\nvalidation:\n  commands:\n    "1":\n      - command: cargo fmt --check\n',
    });
    const result = await fixLevel1({ root: dir });
    expect(result).toMatchObject({ passed: true, attempts: 2, remaining: [] });
    expect(result.fixed).toEqual([{ attempt: 1, fixer: 'cargo fmt', files: ['src/main.rs'] }]);
    expect(readFileSync(join(dir, 'src/main.rs'), 'utf8')).toBe('fn main() {\n    let x = 1;\n    println!("{}", x);\n}\n');
  });
});
