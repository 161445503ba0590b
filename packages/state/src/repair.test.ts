import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { createCheckpoint, prpStatus, startPrp } from './index.js';

// Above Linux's default pid_max, so no process has it.
const DEAD_PID = 2 ** 22 + 7;

describe('repair after a killed ce', () => {
  it('says what it repaired: stale lock, temp files, temp index, interrupted restore, unreadable session, dangling active PRP', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n', 'a.txt': 'a\n' });
    await startPrp(root, 'PRP-1');
    await startPrp(root, 'PRP-2', { switch: true });
    const state = join(root, '.ce', 'state');
    writeFileSync(
      join(state, 'lock'),
      JSON.stringify({ pid: DEAD_PID, host: hostname(), acquiredAt: '2026-11-24T08:00:00Z', purpose: 'ce prp checkpoint' }),
    );
    writeFileSync(join(state, 'sessions', `.PRP-1.json.${DEAD_PID}.0badf00d.tmp`), '{"prpId":');
    writeFileSync(join(root, '.git', `ce-snapshot-${DEAD_PID}-abcdef.index`), 'partial index');
    writeFileSync(
      join(state, 'journal.json'),
      JSON.stringify({
        op: 'restore',
        pid: DEAD_PID,
        prpId: 'PRP-2',
        startedAt: '2026-11-24T08:00:00Z',
        tag: 'checkpoint-PRP-2-x-20261124T080000Z',
        safetyTag: 'checkpoint-PRP-2-pre-restore-20261124T080000Z',
      }),
    );
    writeFileSync(join(state, 'sessions', 'PRP-2.json'), '{"prpId": "PRP-2", "sta');

    const status = await prpStatus(root);
    const text = status.repaired.join('\n');
    expect(text).toMatch(new RegExp(`removed a lock left by process ${DEAD_PID}`));
    expect(text).toMatch(/temp file left by an interrupted write/);
    expect(text).toMatch(/temporary index of an interrupted checkpoint/);
    expect(text).toMatch(
      /a restore of checkpoint-PRP-2-x-20261124T080000Z for PRP-2 was interrupted .* safety checkpoint checkpoint-PRP-2-pre-restore-20261124T080000Z/,
    );
    expect(text).toMatch(/moved unreadable state file .*PRP-2\.json \(not valid JSON\) aside/);
    expect(text).toMatch(/cleared the active PRP PRP-2: its session file is missing/);
    expect(status.active).toBeNull();
    expect(status.sessions.map((s) => s.prpId)).toEqual(['PRP-1']);
    expect(readdirSync(join(root, '.git')).filter((n) => n.startsWith('ce-snapshot-'))).toEqual([]);
    expect(existsSync(join(state, 'journal.json'))).toBe(false);

    // Repaired state works again, and a second look finds nothing left to repair.
    expect((await prpStatus(root)).repaired).toEqual([]);
    await startPrp(root, 'PRP-2');
    await createCheckpoint(root, 'PRP-2', 'after-repair');
  });

  it('reports an interrupted checkpoint whose tag was already written as complete', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n', 'a.txt': 'a\n' });
    const cp = await createCheckpoint(root, 'PRP-3', 'phase-1');
    mkdirSync(join(root, '.ce', 'state'), { recursive: true });
    writeFileSync(
      join(root, '.ce', 'state', 'journal.json'),
      JSON.stringify({ op: 'checkpoint', pid: DEAD_PID, prpId: 'PRP-3', startedAt: cp.date, tag: cp.tag }),
    );
    expect((await prpStatus(root)).repaired).toEqual([
      `a checkpoint of PRP-3 interrupted in process ${DEAD_PID} had already created its tag ${cp.tag}; it is complete and kept`,
    ]);
  });

  it('explains a torn journal as an interrupted operation and clears it', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n', 'a.txt': 'a\n' });
    mkdirSync(join(root, '.ce', 'state'), { recursive: true });
    writeFileSync(join(root, '.ce', 'state', 'journal.json'), '{"op": "resto');
    const first = await prpStatus(root);
    expect(first.repaired).toHaveLength(1);
    expect(first.repaired[0]).toMatch(/interrupted in a killed process/);
    expect((await prpStatus(root)).repaired).toEqual([]);
  });
});
