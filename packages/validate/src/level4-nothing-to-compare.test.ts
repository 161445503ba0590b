import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { validate } from './validate.js';

// A Go project's PRP: its examples and files are in a language level 4 does not analyse. No
// validation commands, so levels 1–3 are empty and nothing needs allowing.
const PRP = 'PRPs/PRP-2-binder.md';
const GO_PRP = [
  '---',
  'prp_id: PRP-2',
  'name: binder',
  '---',
  '## Goal',
  'Bind comma-separated values.',
  '## All Needed Context',
  '- file: bind.go (the pattern to follow)',
  '## Implementation Blueprint',
  'Task 1: binder',
  '- MODIFY binder.go',
  '',
].join('\n');

describe('level 4 with nothing it can compare', () => {
  it('is skipped with the reason under `all`, and the other levels stand', async () => {
    const root = gitRepo({ [PRP]: GO_PRP, 'bind.go': 'package echo\n', 'binder.go': 'package echo\n' });
    const result = await validate({ root, level: 'all', prp: PRP });
    expect(result.exitCode).toBe(0);
    expect(result.levels['4']).toEqual({
      level: 4,
      skipped: true,
      reason: `${PRP}: level 4 compares TypeScript, JavaScript and Python code only (its examples: bind.go)`,
    });
    expect(Object.keys(result.levels).sort()).toEqual(['1', '2', '3', '4']);
  });

  it('is a usage error naming the files and why when level 4 is asked for alone', async () => {
    const root = gitRepo({ [PRP]: GO_PRP, 'bind.go': 'package echo\n', 'binder.go': 'package echo\n' });
    await expect(validate({ root, level: '4', prp: PRP })).rejects.toMatchObject({
      exitCode: 2,
      code: 'no-examples',
      message: expect.stringContaining('code only (its examples: bind.go)'),
    });
  });
});
