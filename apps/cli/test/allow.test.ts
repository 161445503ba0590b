import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectCeMcp, gitRepo, runCe } from '@ce/test-utils';

const PRP = 'PRPs/PRP-3-x.md';
const prp = '---\nprp_id: PRP-3\nname: x\n---\n\n## Validation Loop\n\n### Level 1\n\n```bash\ntouch marker # made by the PRP\n```\n';

describe('ce prp allow and commands nobody allowed', () => {
  it('exits 3 naming the command and the allow command, and the command’s side effect never happens (ce validate --prp)', async () => {
    const root = gitRepo({ [PRP]: prp });
    const run = await runCe(['validate', '--level', '1', '--prp', PRP], { cwd: root });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('"touch marker"');
    expect(run.stderr).toContain(`ce prp allow ${PRP}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    const json = await runCe(['validate', '--level', '1', '--prp', PRP, '--json'], { cwd: root });
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { code: 'commands-not-allowed', exitCode: 3, details: { commands: ['touch marker'] } },
    });
    expect(existsSync(join(root, 'marker'))).toBe(false);
  });

  it('shows each command exactly as it would run and whether it is allowed, then runs it once a person allowed it', async () => {
    const root = gitRepo({ [PRP]: prp });
    const plan = await runCe(['validate', '--plan', '--prp', PRP], { cwd: root });
    expect(plan.exitCode).toBe(0);
    expect(plan.stdout).toMatch(/Level 1 \(prp\):\n {2}NOT ALLOWED {2}touch marker\n/);
    expect(plan.stdout).toContain(`run: ce prp allow ${PRP}`);
    const allow = await runCe(['prp', 'allow', PRP, '--json'], { cwd: root });
    expect(allow.exitCode).toBe(0);
    expect(JSON.parse(allow.stdout)).toMatchObject({ prp: PRP, commands: ['touch marker'], allowedNow: ['touch marker'] });
    const planned = JSON.parse((await runCe(['validate', '--plan', '--prp', PRP, '--json'], { cwd: root })).stdout);
    expect(planned.levels['1'][0]).toMatchObject({ command: 'touch marker', source: 'prp', allowed: true });
    expect((await runCe(['validate', '--level', '1', '--prp', PRP], { cwd: root })).exitCode).toBe(0);
    expect(existsSync(join(root, 'marker'))).toBe(true);
  });

  it('over MCP never runs an unallowed command and offers no tool to allow one', async () => {
    const root = gitRepo({ [PRP]: prp });
    const client = await connectCeMcp(root, ['--tools', 'all']);
    const tools = (await client.listTools()).tools.map((t) => t.name);
    expect(tools.filter((name) => /allow/.test(name))).toEqual([]);
    const result = await client.callTool({ name: 'validate', arguments: { level: '1', prp: PRP } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('not allowed');
    const plan = await client.callTool({ name: 'validate_plan', arguments: { prp: PRP } });
    expect((plan.structuredContent as { unallowed: string[] }).unallowed).toEqual(['touch marker']);
    expect(existsSync(join(root, 'marker'))).toBe(false);
  });
});
