import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectCeMcp, gitRepo, runCe } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../../../examples/demo-repo/', import.meta.url));

/** A committed git repository holding a copy of examples/demo-repo. */
function demo(): string {
  const root = gitRepo({});
  cpSync(DEMO, root, { recursive: true });
  return root;
}

describe('ce generate', () => {
  it('writes a PRP from the demo INITIAL.md offline that ce prp check accepts (exit 0)', async () => {
    const root = demo();
    const run = await runCe(['generate', 'INITIAL.md', '--no-sync', '--agent', 'none', '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ prpId: 'PRP-3', template: expect.any(String), examples: expect.arrayContaining(['src/cart.js']) });
    expect(result.completeness).toBeGreaterThanOrEqual(80);
    expect(Object.keys(result.completenessParts)).toEqual(['sections', 'placeholders', 'examples', 'documentation', 'validation', 'tasks']);
    expect(result.files.modify).toContain('src/cart.js');
    const check = await runCe(['prp', 'check', result.prpPath, '--json'], { cwd: root });
    expect(check.exitCode).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ executable: true, completeness: result.completeness });
  });

  it('warns about an EXAMPLES path outside the repository and keeps it out of the PRP', async () => {
    const root = demo();
    writeFileSync(
      join(root, 'OUT.md'),
      '## FEATURE\n\nAdd discount codes to the cart.\n\n## EXAMPLES\n\n- ../../etc/passwd\n- src/cart.js\n',
    );
    const json = await runCe(['generate', 'OUT.md', '--no-sync', '--agent', 'none', '--json'], { cwd: root });
    expect(json.exitCode).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.warnings).toContain(
      'EXAMPLES names ../../etc/passwd, a relative path that climbs out of the repository: it is left out of the PRP',
    );
    expect(result.examples).toEqual(['src/cart.js']);
    expect(readFileSync(join(root, result.prpPath), 'utf8')).not.toContain('etc/passwd');
    const human = await runCe(['generate', 'OUT.md', '--no-sync', '--agent', 'none'], { cwd: root });
    expect(human.stderr).toContain('warning: EXAMPLES names ../../etc/passwd, a relative path that climbs out of the repository');
  });

  it('exits 2 with one line naming an empty INITIAL.md, and writes nothing', async () => {
    const root = demo();
    writeFileSync(join(root, 'EMPTY.md'), '');
    const run = await runCe(['generate', 'EMPTY.md', '--no-sync', '--agent', 'none'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`error: ${join(root, 'EMPTY.md')}: is empty`);
  });
});

describe('ce prp check', () => {
  it('exits 1 with findings by line when a task modifies a file that does not exist', async () => {
    const root = gitRepo({ 'README.md': '# x\n' });
    const prp = readFileSync(join(DEMO, 'PRPs', 'PRP-1-discount-codes.md'), 'utf8');
    writeFileSync(
      join(root, 'PRP.md'),
      prp.replace(/## Implementation Blueprint\n/, '## Implementation Blueprint\n\nTask 9: the cart\n- MODIFY src/cart.js\n'),
    );
    const run = await runCe(['prp', 'check', 'PRP.md', '--json'], { cwd: root });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.executable).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/modifies src\/cart\.js, which does not exist/) }),
    );
  });
});

describe('MCP generate_prp and prp_check', () => {
  it('generates over MCP with progress notifications, then checks the PRP', async () => {
    const root = demo();
    const client = await connectCeMcp(root, ['--tools', 'all']);
    try {
      const progress: string[] = [];
      const response = await client.callTool(
        { name: 'generate_prp', arguments: { initial: 'INITIAL.md', sync: false, agent: 'none' } },
        undefined,
        {
          onprogress: (p) => progress.push(String(p.message)),
        },
      );
      const result = response.structuredContent as { prpPath: string; completeness: number };
      expect(result.completeness).toBeGreaterThanOrEqual(80);
      expect(progress).toContain('generate: research');
      const check = await client.callTool({ name: 'prp_check', arguments: { file: result.prpPath } });
      expect((check.structuredContent as { executable: boolean }).executable).toBe(true);
    } finally {
      await client.close();
    }
  });
});
