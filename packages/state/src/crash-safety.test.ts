import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, SOURCE_NODE_FLAGS } from '@ce/test-utils';
import { listCheckpoints, parseMemoryText, prpStatus, startPrp } from './index.js';

const worker = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'crash-worker.ts');
// Bounded by time, not by a count that a loaded machine may not reach: kills go on until MAX_KILLS or
// BUDGET_MS, but never fewer than MIN_KILLS, which cover every (mode × kill moment) pair 4 times
// (the id decides both: even ids checkpoint, odd ones write memories; id % 4 < 2 is killed after a
// completed operation). On a quiet machine all 52 run in about 30 s.
const MAX_KILLS = 52;
const MIN_KILLS = 16;
const BUDGET_MS = 45_000;
const CONCURRENCY = 2;

function memoryContent(workerId: string, step: number): string {
  return `${workerId}:${step}|`.repeat(Math.ceil((48 * 1024) / `${workerId}:${step}|`.length));
}

/**
 * Starts a worker, waits until it is running, lets it work for a random moment, then SIGKILLs it.
 * Half of the workers are killed only after their first completed operation, so that completed work
 * is always there to check, however slow the machine.
 */
function runAndKill(root: string, mode: 'checkpoint' | 'memory', id: number): Promise<string[]> {
  const armOn = id % 4 < 2 ? 'ok ' : 'ready\n';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...SOURCE_NODE_FLAGS, worker, root, mode, String(id)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.includes(armOn)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 300));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker ${id} ended without being killed: ${err}`));
      else resolve(out.split('\n').filter((l) => l.startsWith('ok ')));
    });
  });
}

describe('crash safety', () => {
  it(`leaves no torn file and loses no memory when checkpoints and memory writes are SIGKILLed ${MIN_KILLS} to ${MAX_KILLS} times`, async () => {
    const tree: Record<string, string> = { '.gitignore': '.ce/state/\n' };
    for (let i = 0; i < 300; i++) tree[`src/file-${i}.ts`] = `export const v${i} = ${i};\n`;
    const root = gitRepo(tree);
    await startPrp(root, 'PRP-1');

    const completed: string[] = [];
    let next = 0;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const more = (): boolean => next < MIN_KILLS || (next < MAX_KILLS && Date.now() - started < BUDGET_MS);
    const lane = async (): Promise<void> => {
      while (more()) {
        const id = next++;
        completed.push(...(await runAndKill(root, id % 2 === 0 ? 'checkpoint' : 'memory', id)));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    const used = process.cpuUsage(cpu);
    console.log(
      `crash safety: ${next} workers SIGKILLed, ${completed.length} operations completed before the kills, ${((Date.now() - started) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU in the test process`,
    );
    expect(next).toBeGreaterThanOrEqual(MIN_KILLS);
    // git processes started by a killed worker may still be finishing.
    await new Promise((r) => setTimeout(r, 500));

    // The next command reads the state, repairs it and says what it repaired.
    const status = await prpStatus(root);
    expect(status.active).toBe('PRP-1');
    expect(status.sessions.find((s) => s.prpId === 'PRP-1')?.baseCommit).toBe(git(root, 'rev-parse', 'HEAD'));
    for (const line of status.repaired) expect(line).toMatch(/removed|interrupted|moved|cleared/);

    // No lost memory: every write reported complete is there, whole.
    const memoryDir = join(root, '.ce', 'memory');
    const reportedMemories = completed.filter((l) => l.startsWith('ok memory '));
    expect(reportedMemories.length).toBeGreaterThan(0);
    for (const line of reportedMemories) {
      const [, , id = '', w = '', step = ''] = line.split(' ');
      const text = readFileSync(join(memoryDir, `${id}.md`), 'utf8');
      expect(parseMemoryText(id, text).content).toBe(memoryContent(w, Number(step)));
    }
    // No torn file: every memory file is one complete write.
    for (const name of readdirSync(memoryDir).filter((n) => n.endsWith('.md'))) {
      const record = parseMemoryText(name.slice(0, -3), readFileSync(join(memoryDir, name), 'utf8'));
      const [, w = '', step = ''] = /^w(\d+)-s(\d+)$/.exec(record.name) ?? [];
      expect(record.content, name).toBe(memoryContent(w, Number(step)));
    }
    // Repair removed every temp file, temp index and the lock of the dead processes.
    expect(readdirSync(memoryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(root, '.ce', 'state')).filter((n) => n.endsWith('.tmp') || n.includes('corrupt'))).toEqual([]);
    expect(readdirSync(join(root, '.ce', 'state', 'sessions')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(root, '.git')).filter((n) => n.startsWith('ce-snapshot-'))).toEqual([]);
    expect(existsSync(join(root, '.ce', 'state', 'lock'))).toBe(false);
    expect(existsSync(join(root, '.git', 'index.lock'))).toBe(false);

    // Every checkpoint reported complete is a tag on a readable snapshot commit.
    const tags = new Set((await listCheckpoints(root, 'PRP-1')).map((c) => c.tag));
    const reportedTags = completed.filter((l) => l.startsWith('ok checkpoint ')).map((l) => l.slice('ok checkpoint '.length));
    expect(reportedTags.length).toBeGreaterThan(0);
    for (const tag of reportedTags) {
      expect(tags.has(tag), tag).toBe(true);
      expect(git(root, 'cat-file', '-t', `${tag}^{commit}`)).toBe('commit');
    }
    expect(git(root, 'status', '--porcelain', '--', 'src')).toBe('');
  }, 120_000);
});
