import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, runCe, useTempDir } from '@ce/test-utils';

const PIPELINE = 'name: lib\nstages:\n  - stage: test\n    nodes:\n      - { name: unit, command: npm test }\n';

/** An oclif data/config/cache dir of its own, with one fixture plugin linked into it. */
async function withLinkedPlugin(fixture: string): Promise<Record<string, string>> {
  const home = useTempDir();
  const env = { CE_DATA_DIR: join(home, 'data'), CE_CONFIG_DIR: join(home, 'config'), CE_CACHE_DIR: join(home, 'cache') };
  const link = await runCe(['plugins', 'link', join(import.meta.dirname, 'fixtures', fixture), '--no-install'], { env });
  expect(link.exitCode).toBe(0);
  return env;
}

describe('faults inside plugins', () => {
  it('names the plugin when its CI executor throws, and does not blame ce', async () => {
    const env = await withLinkedPlugin('faulty-plugin');
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'render', '--target', 'faulty', '--json'], { cwd: dir, env });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('error: plugin ce-plugin-faulty failed in ci-executor "faulty" render: cannot read the plan');
    expect(run.stderr).not.toContain('bug in ce');
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'plugin-failed', details: { plugin: 'ce-plugin-faulty' } } });
  });

  it('names the plugin when its node strategy rejects', async () => {
    const env = await withLinkedPlugin('faulty-plugin');
    const dir = gitRepo({});
    const run = await runCe(['pipeline', 'run', 'prp-generation', '--mode', 'integration', '--strategy', 'synthesize=faulty'], {
      cwd: dir,
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr + run.stdout).toContain('plugin ce-plugin-faulty failed in node-strategy "faulty" execute: the strategy broke');
  });

  it('names the plugin when a command it adds throws', async () => {
    const env = await withLinkedPlugin('faulty-plugin');
    const run = await runCe(['faulty-boom'], { env });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('error: plugin ce-plugin-faulty failed in a command: the plugin command broke');
    expect(run.stderr).not.toContain('bug in ce');
  });

  it('refuses a ce:register hook module that exports no function, naming the file', async () => {
    const env = await withLinkedPlugin('hookless-plugin');
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'render', '--target', 'shell'], { cwd: dir, env });
    expect(run.exitCode).toBe(1);
    const hook = join(import.meta.dirname, 'fixtures', 'hookless-plugin', 'register.js');
    expect(run.stderr).toContain(`error: ${hook}: plugin ce-plugin-hookless: the ce:register hook module exports no function`);
  });

  it('prints no warning on the commands after a plugin is linked', async () => {
    const env = await withLinkedPlugin('faulty-plugin');
    const run = await runCe(['--help'], { env });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
  });
});
