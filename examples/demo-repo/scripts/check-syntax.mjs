// Syntax check of every source file (the demo's level-1 gate), without dependencies.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

let failed = 0;
for (const dir of ['src', 'test']) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    try {
      execFileSync(process.execPath, ['--check', join(dir, name)], { stdio: 'pipe' });
    } catch (error) {
      failed++;
      process.stderr.write(String(error.stderr));
    }
  }
}
if (failed > 0) process.exitCode = 1;
