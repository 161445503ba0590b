import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, runAndKillWhen, type KillOutcome } from '@ce/test-utils';
import { ceOk, fsckClean, moreKillsNeeded, report, KILLS_PER_PATH, KILL_SUITE_TIMEOUT } from './kill-checks.js';

// The SIGKILL suite (see kill-checks.ts), one path of it; sequential within the path on purpose.
describe('SIGKILL at the dangerous moments', { timeout: KILL_SUITE_TIMEOUT }, () => {
  it('checkpoint killed while its temporary index exists, or while it holds the lock, leaves a clean repository', async () => {
    const tree: Record<string, string> = { '.gitignore': '.ce/state/\n.ce/runs/\n' };
    for (let i = 0; i < 400; i++) tree[`src/f${i}.ts`] = `export const v${i} = ${i};\n`;
    const root = gitRepo(tree);
    await ceOk(root, 'prp', 'start', 'PRP-1');
    await ceOk(root, 'prp', 'checkpoint', 'base');
    const windows = [
      { watchDir: join(root, '.git'), match: /^ce-snapshot-.*\.index$/ },
      { watchDir: join(root, '.ce', 'state'), match: /^lock$/ },
    ];
    // The path's kills are shared by its two windows.
    const kills = KILLS_PER_PATH / windows.length;
    for (const window of windows) {
      const outcomes: KillOutcome[] = [];
      for (let i = 0; moreKillsNeeded(outcomes, i, kills); i++) {
        writeFileSync(join(root, 'src', 'f1.ts'), `export const v1 = ${i};\n`);
        outcomes.push(await runAndKillWhen({ args: ['prp', 'checkpoint', `p${i}`], cwd: root, ...window }));
        const status = await ceOk(root, 'prp', 'status');
        expect(status['active']).toBe('PRP-1');
        expect(readFileSync(join(root, 'src', 'f1.ts'), 'utf8')).toBe(`export const v1 = ${i};\n`);
      }
      const tags = git(root, 'tag', '--list', 'checkpoint-PRP-1-base-*');
      expect(tags).toMatch(/^checkpoint-PRP-1-base-/);
      fsckClean(root);
      report(`checkpoint (${String(window.match)})`, outcomes, kills);
    }
  });
});
