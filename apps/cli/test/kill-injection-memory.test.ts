import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMemoryText } from '@ce/state';
import { gitRepo, runAndKillWhen, type KillOutcome } from '@ce/test-utils';
import { bigText, ceOk, moreKillsNeeded, report, KILL_SUITE_TIMEOUT } from './kill-checks.js';

// The SIGKILL suite (see kill-checks.ts), one path of it; sequential within the path on purpose.
describe('SIGKILL at the dangerous moments', { timeout: KILL_SUITE_TIMEOUT }, () => {
  it('memory write killed while its temporary file exists loses no complete memory', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n.ce/runs/\n', 'src/a.ts': 'export const a = 1;\n' });
    await ceOk(root, 'memory', 'write', 'PRP-1-learnings-base', 'kept across every kill');
    const memoryDir = join(root, '.ce', 'memory');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const content = join(root, `.ce-content-${i}.md`);
      writeFileSync(content, bigText(`memory ${i}`, 4 << 20));
      const args = ['memory', 'write', `PRP-1-learnings-m${i}`, '--file', content];
      // The window is this memory's own temporary file, not a smaller write that may come first.
      const match = new RegExp(`^\\.PRP-1-learnings-m${i}\\.md\\..+\\.tmp$`);
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: memoryDir, match }));
      const listed = await ceOk(root, 'memory', 'list');
      expect(JSON.stringify(listed)).toContain('PRP-1-learnings-base');
    }
    // Every memory file is one complete write: the base one and each killed one, old (absent) or new.
    for (const name of readdirSync(memoryDir).filter((n) => n.endsWith('.md'))) {
      const record = parseMemoryText(name.slice(0, -3), readFileSync(join(memoryDir, name), 'utf8'));
      const i = /-m(\d+)\.md$/.exec(name)?.[1];
      expect(record.content.trim(), name).toBe(i === undefined ? 'kept across every kill' : bigText(`memory ${i}`, 4 << 20).trim());
    }
    // The next state command removes what the killed writers left.
    await ceOk(root, 'prp', 'status');
    expect(readdirSync(memoryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    report('memory write (atomic temp file)', outcomes);
  });
});
