import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ceBinPath, connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const prp = (id: string, drift: string): string => `---\nprp_id: ${id}\nname: feature ${id}\nstatus: executed\n${drift}---\n\n## Goal\nx\n`;

function historyRepo(): string {
  return gitRepo({
    'PRPs/PRP-1-a.md': prp(
      'PRP-1',
      'drift_justification:\n  drift_score: 12\n  decision: accept\n  reason: "streaming needs callbacks"\n  category_breakdown: {async-style: 40}\n  date: 2026-11-01T10:00:00Z\n',
    ),
    'PRPs/PRP-2-b.md': prp(
      'PRP-2',
      'drift_decision:\n  score: 44\n  action: rejected\n  justification: "global cache"\n  timestamp: 2026-11-02T10:00:00Z\n  category_breakdown: {data-flow: 80}\n  reviewer: bob\n',
    ),
    'PRPs/PRP-3-c.md': prp('PRP-3', ''),
    'PRPs/PRP-4-bad.md': '---\nprp_id: PRP-4\nname: [oops\n---\n',
  });
}

const asyncService = (name: string): string => `export class ${name}Service {
  constructor(private readonly repo: { find(id: string): Promise<unknown>; save(x: unknown): Promise<void> }) {}

  async get${name}(id: string): Promise<unknown> {
    const found = await this.repo.find(id);
    if (!found) throw new Error(id);
    return found;
  }

  async save${name}(item: unknown): Promise<void> {
    await this.repo.save(item);
  }
}
`;

const callbackService = `export class OrderService {
  constructor(private readonly store: { find(id: string, cb: (err: Error | null, o?: unknown) => void): void }) {}

  getOrder(id: string, callback: (err: Error | null, order?: unknown) => void): void {
    this.store.find(id, (err, order) => {
      if (err) return callback(err);
      callback(null, order);
    });
  }

  cancelOrder(id: string, callback: (err: Error | null) => void): void {
    this.getOrder(id, (err) => callback(err));
  }
}
`;

const l4Prp = `---\nprp_id: PRP-7\nname: orders\nstatus: executed\n---\n\n## Goal\nOrders.\n\n## Why\nSales.\n\n## What\n- [ ] orders\n\n## All Needed Context\n- file: examples/user-service.ts\n\n## Implementation Blueprint\n\nTask 1: CREATE src/order-service.ts\n\n## Validation Loop\n\n### Level 4\nBuilt in.\n`;

function l4Repo(impl: string): string {
  return gitRepo({
    'examples/user-service.ts': asyncService('User'),
    'examples/team-service.ts': asyncService('Team'),
    'src/order-service.ts': impl,
    'PRPs/PRP-7-orders.md': l4Prp,
    'PRPs/PRP-1-old.md': prp(
      'PRP-1',
      'drift_justification:\n  drift_score: 35\n  decision: accept\n  reason: "legacy store has only callbacks"\n  category_breakdown: {async-style: 100}\n  date: 2026-11-01T10:00:00Z\n',
    ),
  });
}

/** Runs ce under a pseudo-terminal (python3's pty), answering each prompt in turn; returns output and exit code. */
function runInPty(cwd: string, args: string[], answers: string[]): { output: string; exitCode: number } {
  const driver = join(useTempDir('ce-pty-'), 'drive.py');
  writeFileSync(
    driver,
    `import os, pty, sys, json, select
args = json.loads(sys.argv[1]); answers = json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execv(args[0], args)
out = b''
prompts = [b'[a]ccept', b'? ']
while True:
    r, _, _ = select.select([fd], [], [], 30)
    if not r:
        break
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    if answers and out.rstrip().endswith(b'?'):
        os.write(fd, (answers.pop(0) + '\\n').encode())
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf8', 'replace'))
sys.exit(os.WEXITSTATUS(status))
`,
  );
  const r = spawnSync('python3', [driver, JSON.stringify([process.execPath, ceBinPath, ...args]), JSON.stringify(answers)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', NO_COLOR: '1', USER: 'dana' },
    timeout: 60_000,
  });
  return { output: r.stdout, exitCode: r.status ?? -1 };
}

describe('ce drift', () => {
  it('history --json lists decisions newest first and names the malformed PRP in warnings', async () => {
    const root = historyRepo();
    const r = await runCe(['drift', 'history', '--json'], { cwd: root });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.entries).toEqual([
      {
        prpId: 'PRP-2',
        driftScore: 44,
        decision: 'reject',
        date: '2026-11-02T10:00:00Z',
        reason: 'global cache',
        categoryBreakdown: { 'data-flow': 80 },
        file: 'PRPs/PRP-2-b.md',
      },
      expect.objectContaining({ prpId: 'PRP-1', driftScore: 12, decision: 'accept', reason: 'streaming needs callbacks' }),
    ]);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/^PRPs\/PRP-4-bad\.md: /);
    const human = await runCe(['drift', 'history'], { cwd: root });
    expect(human.stdout.split('\n')[0]).toMatch(/^2026-11-02 {2}PRP-2 +44 {2}reject +global cache$/);
    const last = JSON.parse((await runCe(['drift', 'history', '--last', '1', '--json'], { cwd: root })).stdout);
    expect(last.entries.map((e: { prpId: string }) => e.prpId)).toEqual(['PRP-2']);
  });

  it('summary --json has the documented keys and hand-computed figures; human output draws a trend chart', async () => {
    const root = historyRepo();
    const out = JSON.parse((await runCe(['drift', 'summary', '--json'], { cwd: root })).stdout);
    expect(out).toMatchObject({
      totalPrps: 3,
      withDecisions: 2,
      accepted: 1,
      rejected: 1,
      autoFixed: 0,
      updatedExamples: 0,
      avgDriftScore: 28,
      distribution: { '0-10': 0, '10-30': 1, '30-100': 1 },
    });
    expect(out.topCategories.map((c: { category: string }) => c.category).sort()).toEqual(['async-style', 'data-flow']);
    expect(out.warnings).toHaveLength(1);
    const human = await runCe(['drift', 'summary'], { cwd: root });
    expect(human.stdout).toContain('3 PRPs, 2 with a drift decision');
    expect(human.stdout).toMatch(/2026-11-01 [▁▂▃▄▅▆▇█]+ 2026-11-02/);
    expect(human.stderr).toContain('warning: PRPs/PRP-4-bad.md');
  });

  it('show and compare read one PRP and two; an unknown PRP exits 2', async () => {
    const root = historyRepo();
    const shown = JSON.parse((await runCe(['drift', 'show', 'PRP-2', '--json'], { cwd: root })).stdout);
    expect(shown.drift).toMatchObject({ decision: 'reject', approvedBy: 'bob' });
    const cmp = JSON.parse((await runCe(['drift', 'compare', 'PRP-1', 'PRP-2', '--json'], { cwd: root })).stdout);
    expect(cmp.scoreDelta).toBe(32);
    const missing = await runCe(['drift', 'show', 'PRP-9', '--json'], { cwd: root });
    expect(missing.exitCode).toBe(2);
    expect(JSON.parse(missing.stdout).error.message).toContain('PRP-9');
  });
});

describe('ce validate --level 4 (the decision flow)', () => {
  it('without a terminal exits 3 with the report when drift reaches the escalation band', async () => {
    const root = l4Repo(callbackService);
    const r = await runCe(['validate', '--level', '4', '--examples', 'examples', '--files', 'src', '--json'], { cwd: root });
    expect(r.exitCode).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ passed: false, exitCode: 3 });
    const out = doc.levels['4'];
    expect(out).toMatchObject({ level: 4, decision: 'escalate', categoryBreakdown: { 'async-style': 100 } });
    expect(out.driftScore).toBeGreaterThanOrEqual(30);
    expect(out.findings[0]).toEqual({
      category: 'async-style',
      file: 'src/order-service.ts',
      line: 4,
      expected: expect.stringMatching(/^await/),
      found: expect.stringMatching(/^callback/),
      evidence: expect.stringMatching(/^examples\//),
    });
  });

  it('accepts the same style and exits 0', async () => {
    const root = l4Repo(asyncService('Order'));
    const r = await runCe(['validate', '--level', '4', '--prp', 'PRPs/PRP-7-orders.md', '--json'], { cwd: root });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).levels['4']).toMatchObject({ level: 4, decision: 'accept', files: ['src/order-service.ts'] });
  });

  it('auto-fixes naming drift by renaming to the examples convention and records it in the PRP header', async () => {
    const snake = asyncService('Order')
      .replace('getOrder', 'get_order')
      .replace('saveOrder', 'save_order')
      .replace(/found/g, 'found_order')
      .replace(/item/g, 'order_item');
    const root = l4Repo(snake);
    const r = await runCe(['validate', '--level', '4', '--prp', 'PRPs/PRP-7-orders.md', '--json'], { cwd: root });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout).levels['4'];
    expect(out).toMatchObject({ level: 4, decision: 'auto-fix' });
    expect(out.driftScore).toBeGreaterThanOrEqual(10);
    expect(out.resolution.decision).toBe('auto-fix');
    expect(out.resolution.scoreAfter).toBeLessThan(10);
    expect(out.resolution.renames.map((x: { from: string; to: string }) => `${x.from}->${x.to}`).sort()).toEqual([
      'found_order->foundOrder',
      'get_order->getOrder',
      'order_item->orderItem',
      'save_order->saveOrder',
    ]);
    expect(readFileSync(join(root, 'src/order-service.ts'), 'utf8')).toBe(
      asyncService('Order').replace(/found/g, 'foundOrder').replace(/item/g, 'orderItem'),
    );
    const header = readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8');
    expect(header.startsWith('---\nprp_id: PRP-7\nname: orders\nstatus: executed\ndrift_justification:\n')).toBe(true);
    expect(header).toContain('decision: auto-fix');
    expect(header.endsWith(l4Prp.slice(l4Prp.indexOf('---\n\n## Goal')))).toBe(true);
  });

  it('on a terminal shows findings beside the examples and earlier decisions, and records an accept with its reason', () => {
    const root = l4Repo(callbackService);
    const r = runInPty(root, ['validate', '--level', '4', '--prp', 'PRPs/PRP-7-orders.md'], ['a', 'the store SDK only offers callbacks']);
    expect(r.output).toContain('implementation');
    expect(r.output).toMatch(/src\/order-service\.ts:4/);
    expect(r.output).toContain('examples/');
    expect(r.output).toContain('legacy store has only callbacks'); // the related decision of PRP-1
    expect(r.exitCode).toBe(0);
    const header = readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8');
    expect(header).toMatch(/drift_justification:\n {2}drift_score: \d+/);
    expect(header).toContain('decision: accept');
    expect(header).toContain('reason: the store SDK only offers callbacks');
    expect(header).toContain('approved_by: dana');
  });

  it('on a terminal "update EXAMPLES" passes the level and records what is to change', () => {
    const root = l4Repo(callbackService);
    const r = runInPty(
      root,
      ['validate', '--level', '4', '--prp', 'PRPs/PRP-7-orders.md'],
      ['x', 'u', 'callbacks become the store pattern'],
    );
    expect(r.exitCode).toBe(0);
    const header = readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8');
    expect(header).toContain('decision: update-examples');
    expect(header).toContain('reason: callbacks become the store pattern');
    expect(readFileSync(join(root, '.ce/state/drift-decisions.jsonl'), 'utf8')).toContain('"decision":"update-examples"');
  });

  it('on a terminal a rejection fails the gate and is recorded', () => {
    const root = l4Repo(callbackService);
    const r = runInPty(root, ['validate', '--level', '4', '--prp', 'PRPs/PRP-7-orders.md'], ['r', 'must use async/await']);
    expect(r.exitCode).toBe(1);
    expect(readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8')).toContain('decision: reject');
  });
});

describe('ce examples extract', () => {
  it('copies the files that best show the dominant style and writes a README', async () => {
    const root = gitRepo({ 'src/user-service.ts': asyncService('User'), 'src/team-service.ts': asyncService('Team') });
    const dry = await runCe(['examples', 'extract', '--dry-run'], { cwd: root });
    expect(dry.stdout).toMatch(/async-style +js +await/);
    expect(existsSync(join(root, 'examples'))).toBe(false);
    const r = await runCe(['examples', 'extract', '--out', 'examples', '--json'], { cwd: root });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.examples.find((e: { category: string }) => e.category === 'async-style')).toMatchObject({ style: 'await' });
    expect(readFileSync(join(root, 'examples/README.md'), 'utf8')).toContain('| structure | js | classes |');
  });
});

describe('drift MCP tools', () => {
  it('offers validate_l4 in the core set and drift_summary / drift_history with --tools all', async () => {
    const root = historyRepo();
    const connect = (args: string[]) => connectCeMcp(root, args);
    const core = await connect([]);
    expect((await core.listTools()).tools.map((t) => t.name)).toContain('validate_l4');
    const all = await connect(['--tools', 'all']);
    const summary = await all.callTool({ name: 'drift_summary', arguments: {} });
    expect((summary.structuredContent as { totalPrps: number }).totalPrps).toBe(3);
    const history = await all.callTool({ name: 'drift_history', arguments: { last: 1 } });
    expect((history.structuredContent as { entries: { prpId: string }[] }).entries.map((e) => e.prpId)).toEqual(['PRP-2']);
  });
});
