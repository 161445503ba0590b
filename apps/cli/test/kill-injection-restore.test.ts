import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, runAndKillWhen, type KillOutcome } from '@ce/test-utils';
import { bigText, ceOk, fsckClean, moreKillsNeeded, report, KILL_SUITE_TIMEOUT } from './kill-checks.js';

// The SIGKILL suite (see kill-checks.ts), one path of it; sequential within the path on purpose.
describe('SIGKILL at the dangerous moments', { timeout: KILL_SUITE_TIMEOUT }, () => {
  it('restore killed after its journal is written is finished or undone by the next command', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n.ce/runs/\n', 'src/a.ts': 'export const a = "A";\n' });
    await ceOk(root, 'prp', 'start', 'PRP-1');
    await ceOk(root, 'prp', 'checkpoint', 'a');
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = "B";\n');
    writeFileSync(join(root, 'src', 'b.ts'), bigText('b', 1 << 20));
    await ceOk(root, 'prp', 'checkpoint', 'b');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const target = i % 2 === 0 ? 'a' : 'b';
      const args = ['prp', 'restore', 'PRP-1', target, '--force'];
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: join(root, '.ce', 'state'), match: /^journal\.json$/ }));
      const status = await ceOk(root, 'prp', 'status');
      expect(status['active']).toBe('PRP-1');
      await ceOk(root, ...args);
      expect(readFileSync(join(root, 'src', 'a.ts'), 'utf8')).toBe(`export const a = "${target.toUpperCase()}";\n`);
    }
    fsckClean(root);
    report('restore (journal written)', outcomes);
  });
});
