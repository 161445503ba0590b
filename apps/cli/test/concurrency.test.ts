import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { parseMemoryText } from '@ce/state';
import { git, gitRepo, runCe } from '@ce/test-utils';

// The reliability suite's concurrency part: 10 `ce` processes at once in one repository, writing
// memories, taking checkpoints and recording validation results in the same PRP header. Each
// waits for the `.ce/` lock; none may corrupt or lose what another wrote.
const PROCESSES = 10;
const ROUNDS = 2;
const PRP_FILE = 'PRPs/PRP-1-big.md';
const BODY = `## Goal\n\nKeep everything.\n\n## All Needed Context\n\n${'context line\n'.repeat(2_000)}`;

interface Job {
  args: string[];
  kind: 'memory' | 'checkpoint' | 'validate';
  name: string;
}

/** Round `round`'s jobs: 4 memory writes, 3 checkpoints, 3 validations of one level each (1, 2, 3). */
function jobs(round: number): Job[] {
  return Array.from({ length: PROCESSES }, (_, i): Job => {
    const name = `r${round}-p${i}`;
    if (i < 4) return { kind: 'memory', name, args: ['memory', 'write', `PRP-1-learnings-${name}`, `written by ${name}`] };
    if (i < 7) return { kind: 'checkpoint', name, args: ['prp', 'checkpoint', name] };
    return { kind: 'validate', name: String(i - 6), args: ['validate', '--level', String(i - 6), '--prp', PRP_FILE] };
  });
}

describe('10 concurrent ce processes in one repository', { timeout: 300_000 }, () => {
  it('write memories, checkpoints and PRP headers without corrupting or losing any', async () => {
    const root = gitRepo({
      '.gitignore': '.ce/state/\n.ce/runs/\n',
      '.ce/config.yml':
        'validation:\n  commands:\n    "1":\n      - command: node -e 0\n    "2":\n      - command: node -e 0\n    "3":\n      - command: node -e 0\n',
      [PRP_FILE]: `---\nprp_id: PRP-1\nname: big\nstatus: ready\n---\n\n${BODY}`,
      'src/a.ts': 'export const a = 1;\n',
    });
    expect((await runCe(['prp', 'start', 'PRP-1'], { cwd: root })).exitCode).toBe(0);

    const started = Date.now();
    const tags: string[] = [];
    const memories: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const batch = jobs(round);
      const runs = await Promise.all(batch.map((job) => runCe([...job.args, '--json'], { cwd: root, timeoutMs: 120_000 })));
      runs.forEach((run, i) => {
        const job = batch[i] as Job;
        expect(run.exitCode, `ce ${job.args.join(' ')}: ${run.stderr}`).toBe(0);
        const out = JSON.parse(run.stdout) as Record<string, unknown>;
        if (job.kind === 'checkpoint') tags.push(String(out['tag']));
        if (job.kind === 'memory') memories.push(job.name);
      });
    }
    const seconds = (Date.now() - started) / 1000;

    // Every memory is there, whole and parseable.
    const memoryDir = join(root, '.ce', 'memory');
    for (const name of memories) {
      const id = `PRP-1-learnings-${name}`;
      expect(parseMemoryText(id, readFileSync(join(memoryDir, `${id}.md`), 'utf8')).content.trim()).toBe(`written by ${name}`);
    }
    const listed = await runCe(['memory', 'list', '--json'], { cwd: root });
    for (const name of memories) expect(listed.stdout).toContain(`PRP-1-learnings-${name}`);
    // Every checkpoint tag resolves to a commit, and the list shows each.
    expect(new Set(tags).size).toBe(ROUNDS * 3);
    for (const tag of tags) expect(git(root, 'cat-file', '-t', `${tag}^{commit}`)).toBe('commit');
    // The header parses, holds what the validations wrote (every level: no update was lost) and the body is intact.
    const text = readFileSync(join(root, PRP_FILE), 'utf8');
    const prp = parsePrp(text, PRP_FILE);
    expect(prp.header.prp_id).toBe('PRP-1');
    const validation = (prp.header as unknown as { validation: Record<string, { passed: boolean }> }).validation;
    expect(Object.keys(validation).sort()).toEqual(['1', '2', '3']);
    for (const level of Object.values(validation)) expect(level.passed).toBe(true);
    expect(text.endsWith(BODY)).toBe(true);
    // No leftovers, a clean repository, and the next command succeeds.
    for (const dir of [memoryDir, join(root, 'PRPs'), join(root, '.ce', 'state')])
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n === 'lock')).toEqual([]);
    execFileSync('git', ['fsck', '--no-dangling', '--no-progress'], { cwd: root, stdio: 'pipe' });
    const status = await runCe(['prp', 'status', '--json'], { cwd: root });
    expect(status.exitCode).toBe(0);
    expect(status.stdout).not.toMatch(/removed|quarantin|moved aside/);
    console.log(
      `concurrency: ${ROUNDS} rounds of ${PROCESSES} ce processes at once (${memories.length} memories, ${tags.length} checkpoints, ${ROUNDS * 3} header updates): none lost or corrupted, ${seconds.toFixed(1)} s wall`,
    );
  });
});
