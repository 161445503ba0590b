import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, runAndKillWhen, type KillOutcome } from '@ce/test-utils';
import { ATOMIC_TEMP, ceOk, moreKillsNeeded, report, KILL_SUITE_TIMEOUT } from './kill-checks.js';

// The SIGKILL suite (see kill-checks.ts), one path of it; sequential within the path on purpose.
describe('SIGKILL at the dangerous moments', { timeout: KILL_SUITE_TIMEOUT }, () => {
  it('context sync killed while the index is being replaced (a shard or the manifest written, the manifest not yet renamed) keeps a usable index', async () => {
    const tree: Record<string, string> = { '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n' };
    for (let i = 0; i < 400; i++)
      tree[`src/m${i}.ts`] = `export function handler${i}(input: string): string {\n  return input + ${i};\n}\n`;
    const root = gitRepo(tree);
    await ceOk(root, 'context', 'sync');
    const index = join(root, '.ce', 'index');
    const manifest = join(index, 'manifest.json');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      writeFileSync(join(root, 'src', 'm0.ts'), `export function renamed${i}(input: string): string {\n  return input;\n}\n`);
      // The window is the whole replacement: from the first temporary file of a shard (or of the
      // manifest) until the new manifest is renamed into place. Every third run is a full rewrite.
      const before = readFileSync(manifest, 'utf8');
      const notYetReplaced = () => !existsSync(manifest) || readFileSync(manifest, 'utf8') === before;
      const full = i % 3 === 2 ? ['--full'] : [];
      outcomes.push(
        await runAndKillWhen({
          args: ['context', 'sync', ...full],
          cwd: root,
          watchDir: join(index, 'symbols'),
          match: ATOMIC_TEMP,
          open: notYetReplaced,
          also: [{ watchDir: index, match: /^\.manifest\.json\..+\.tmp$/, open: notYetReplaced }],
        }),
      );
      await ceOk(root, 'context', 'sync');
      const found = await ceOk(root, 'context', 'find', `renamed${i}`);
      expect(JSON.stringify(found)).toContain('src/m0.ts');
      // Nothing lost: a symbol of a file that did not change is still found after the kill.
      expect(JSON.stringify(await ceOk(root, 'context', 'find', `handler${200 + (i % 100)}`))).toContain(`src/m${200 + (i % 100)}.ts`);
    }
    report('context sync (index replacement)', outcomes);
  });
});
