import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { gitRepo, runAndKillWhen, type KillOutcome } from '@ce/test-utils';
import { ATOMIC_TEMP, bigText, ceOk, moreKillsNeeded, report, KILL_SUITE_TIMEOUT } from './kill-checks.js';

// The SIGKILL suite (see kill-checks.ts), one path of it; sequential within the path on purpose.
describe('SIGKILL at the dangerous moments', { timeout: KILL_SUITE_TIMEOUT }, () => {
  it('a PRP header update killed while the PRP is being replaced leaves the whole PRP, old or new', async () => {
    const body = bigText('context', 2 << 20);
    const prp = `---\nprp_id: PRP-1\nname: big\nstatus: ready\n---\n\n## Goal\n\nKeep everything.\n\n## All Needed Context\n\n${body}`;
    const root = gitRepo({
      '.gitignore': '.ce/state/\n.ce/runs/\n',
      '.ce/config.yml': 'validation:\n  commands:\n    "1":\n      - command: node -e 0\n',
      'PRPs/PRP-1-big.md': prp,
    });
    const file = join(root, 'PRPs', 'PRP-1-big.md');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const args = ['validate', '--level', '1', '--prp', 'PRPs/PRP-1-big.md'];
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: join(root, 'PRPs'), match: ATOMIC_TEMP }));
      const parsed = parsePrp(readFileSync(file, 'utf8'), file);
      expect(parsed.header.prp_id).toBe('PRP-1');
      expect(readFileSync(file, 'utf8').endsWith(body)).toBe(true);
      await ceOk(root, 'validate', '--level', '1', '--prp', 'PRPs/PRP-1-big.md');
      // Reset the header so the next run has something to replace.
      writeFileSync(file, prp);
    }
    report('PRP header update (atomic temp file)', outcomes);
  });
});
