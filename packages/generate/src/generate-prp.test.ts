import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPrp, defaultConfig } from '@ce/core';
import { createAgent } from '@ce/agents';
import { strategy } from '@ce/pipeline-testing';
import { useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { generatePrp, type CodeResearch, type DocsResult } from './index.js';
import { demoRepo } from '../test/demo-repo.js';
import { replayModel } from '../test/replay-model.js';

async function modelAgent(recordings: string[]) {
  const server = await replayModel(recordings);
  const agent = createAgent(
    { ...defaultConfig().agents, adapter: 'openai-compatible', model: 'gpt-4.1-mini', baseUrl: server.baseUrl },
    { env: { OPENAI_API_KEY: 'sk-test-abcdefghijklmnopqrstuvwxyz0123x9Zq' }, sleep: () => Promise.resolve() },
  );
  return { agent, server };
}

describe('generatePrp', () => {
  it('writes a PRP from the demo INITIAL.md offline that ce prp check accepts, with the URL, the examples and inferred commands', async () => {
    const root = demoRepo();
    const result = await generatePrp({ root, initial: 'INITIAL.md', agentName: 'none' });
    expect(result).toMatchObject({
      prpId: 'PRP-3',
      prpPath: 'PRPs/PRP-3-add-discount-codes-to-the-cart.md',
      synthesizedBy: 'draft',
      executable: true,
    });
    expect(result.completeness).toBeGreaterThanOrEqual(80);
    expect(result.files.modify).toContain('src/cart.js');
    expect(result.files.modify.length + result.files.create.length).toBeLessThanOrEqual(6);
    const text = readFileSync(join(root, result.prpPath), 'utf8');
    expect(text).toContain('https://nodejs.org/api/test.html');
    for (const example of ['src/cart.js', 'src/catalog.js', 'test/cart.test.js']) expect(text).toContain(example);
    expect(text).toContain('```bash\nnpm run lint\n```');
    expect(text).toContain('```bash\nnpm test\n```');
    expect(text).toMatch(/\*\*src\/cart\.js:\d+-\d+\*\* — the change goes here/);
    expect(text).toMatch(/^status: draft$/m);
    expect(checkPrp({ root, file: join(root, result.prpPath) }).executable).toBe(true);
  });

  it('gives two generations running at once different ids and files, and never overwrites a PRP', async () => {
    const root = demoRepo();
    writeFileSync(join(root, 'PRPs', 'PRP-3-add-discount-codes-to-the-cart.md'), 'kept\n');
    const [a, b] = await Promise.all([
      generatePrp({ root, initial: 'INITIAL.md', agentName: 'none', sync: false }),
      generatePrp({ root, initial: 'INITIAL.md', agentName: 'none', sync: false }),
    ]);
    expect(new Set([a.prpId, b.prpId]).size).toBe(2);
    expect([a.prpId, b.prpId].sort()).toEqual(['PRP-4', 'PRP-5']);
    expect(readFileSync(join(root, 'PRPs', 'PRP-3-add-discount-codes-to-the-cart.md'), 'utf8')).toBe('kept\n');
    expect(readdirSync(join(root, 'PRPs')).filter((f) => f.startsWith('PRP-')).length).toBe(5);
  });

  it('has the model write the PRP when its answer passes the check (replayed chat completion)', async () => {
    const root = demoRepo();
    const { agent, server } = await modelAgent(['prp-answer.json']);
    const result = await generatePrp({ root, initial: 'INITIAL.md', agent, sync: false });
    expect(result.warnings).toEqual([]);
    expect(result.synthesizedBy).toBe('agent');
    expect(result.warnings).toEqual([]);
    expect(server.requests).toHaveLength(1);
    const text = readFileSync(join(root, result.prpPath), 'utf8');
    expect(text).toContain('An unknown code throws `NotFoundError`');
    expect(result.executable).toBe(true);
  });

  it('falls back to the deterministic draft with a warning after a malformed answer and a failed repair', async () => {
    const root = demoRepo();
    const { agent, server } = await modelAgent(['prp-malformed.json', 'prp-malformed.json']);
    const result = await generatePrp({ root, initial: 'INITIAL.md', agent, sync: false });
    expect(server.requests).toHaveLength(2);
    const repair = JSON.stringify(server.requests[1]);
    expect(repair).toContain('Your previous answer was not an executable PRP');
    expect(result.synthesizedBy).toBe('draft');
    expect(result.warnings).toEqual([
      expect.stringMatching(/^the model's PRP failed the check twice .*; the deterministic draft was used$/),
    ]);
    expect(result.executable).toBe(true);
  });

  it('runs with the research and docs nodes swapped for mocks', async () => {
    const root = demoRepo();
    const research: CodeResearch = {
      files: { modify: ['src/catalog.js'], create: ['src/discounts.js'], ifNeeded: [] },
      ranked: [{ path: 'src/catalog.js', score: 1, reasons: ['canned'] }],
      excerpts: [],
      tests: [],
      tree: { current: 'src/\n  catalog.js', desired: 'src/\n  catalog.js  # MODIFY\n  discounts.js  # CREATE' },
      packages: [],
      indexedFiles: 3,
    };
    const docs: DocsResult = { libraries: [], urls: [{ url: 'https://example.com/discounts' }], docFiles: [], notFound: [] };
    const result = await generatePrp({
      root,
      initial: 'INITIAL.md',
      agentName: 'none',
      sync: false,
      nodes: { research: strategy('canned-research', () => research), docs: strategy('canned-docs', () => docs) },
    });
    expect(result.files).toEqual(research.files);
    const text = readFileSync(join(root, result.prpPath), 'utf8');
    expect(text).toContain('- CREATE src/discounts.js');
    expect(text).toContain('https://example.com/discounts');
  });

  it('keeps EXAMPLES outside the repository out of the PRP, warning with the path and why', async () => {
    const outside = join(useTempDir('ce-outside-'), 'secret.js');
    writeFileSync(outside, 'export const secret = "do not quote";\n');
    const root = demoRepo({
      'INITIAL3.md': [
        '## FEATURE\n\nAdd discount codes to the cart.\n',
        '## EXAMPLES\n',
        '- ../../etc/passwd',
        `- ${outside}`,
        '- src/leak.js',
        '- src/cart.js\n',
      ].join('\n'),
    });
    symlinkSync(outside, join(root, 'src', 'leak.js'));
    const result = await generatePrp({ root, initial: 'INITIAL3.md', agentName: 'none', sync: false });
    expect(result.examples).toEqual(['src/cart.js']);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'EXAMPLES names ../../etc/passwd, a relative path that climbs out of the repository: it is left out of the PRP',
        `EXAMPLES names ${outside}, an absolute path outside the repository: it is left out of the PRP`,
        'EXAMPLES names src/leak.js, a symlink leading out of the repository: it is left out of the PRP',
      ]),
    );
    const text = readFileSync(join(root, result.prpPath), 'utf8');
    for (const left of ['etc/passwd', outside, 'src/leak.js', 'do not quote']) expect(text).not.toContain(left);
    expect(text).toContain('src/cart.js');
  });

  it('refuses an INITIAL.md without a feature, writing nothing', async () => {
    const root = demoRepo({ 'EMPTY.md': '## EXAMPLES\n\n- src/cart.js\n' });
    await expect(generatePrp({ root, initial: 'EMPTY.md', agentName: 'none', sync: false })).rejects.toMatchObject({
      exitCode: 2,
      code: 'initial-no-feature',
    });
    expect(existsSync(join(root, 'PRPs', 'PRP-3-add-discount-codes-to-the-cart.md'))).toBe(false);
  });
});

describe('generatePrp with Context7 configured', () => {
  it('quotes the docs Context7 answers over MCP and records the library id and version in the header', async () => {
    const server = fileURLToPath(new URL('../test/fixtures/context7-server.mjs', import.meta.url));
    const root = demoRepo({
      '.ce/config.yml': `context7:\n  enabled: true\n  command: ${JSON.stringify(process.execPath)}\n  args: [${JSON.stringify(server)}]\n`,
      'INITIAL2.md': '## FEATURE\n\nValidate discount codes with a schema before applying them.\n\n## DOCUMENTATION\n\n- `zod`\n',
    });
    const result = await generatePrp({ root, initial: 'INITIAL2.md', agentName: 'none', sync: false });
    const text = readFileSync(join(root, result.prpPath), 'utf8');
    expect(text).toContain('library: /colinhacks/zod/v3.24.2');
    expect(text).toContain('version: v3.24.2');
    expect(text).toContain('source: context7');
    expect(text).toContain("Discount.parse({ code: 'SPRING', percent: 10 });");
    expect(result.warnings).toEqual([]);
  });
});

describe('generatePrp cancelled', () => {
  it('throws cancelled and writes no PRP when its signal has aborted', async () => {
    const root = demoRepo();
    await expect(generatePrp({ root, initial: 'INITIAL.md', agentName: 'none', signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(readdirSync(join(root, 'PRPs')).filter((f) => f.startsWith('PRP-3'))).toEqual([]);
  });
});
