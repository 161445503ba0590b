import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { validate } from '../validate.js';
import { allowPrp, NotAllowedError, reviewPlan, unallowedCommands } from './index.js';

const prpWith = (level1: string[], level2: string[] = []): string =>
  [
    '---',
    'prp_id: PRP-5',
    'name: allow',
    '---',
    '',
    '## Validation Loop',
    '',
    '### Level 1',
    '',
    '```bash',
    ...level1,
    '```',
    ...(level2.length ? ['', '### Level 2', '', '```bash', ...level2, '```'] : []),
    '',
  ].join('\n');

const PRP = 'PRPs/PRP-5-allow.md';

describe('allowing a PRP’s commands', () => {
  it('runs nothing from an unallowed PRP: the side effect of its command never happens (exit 3, listing it)', async () => {
    const root = gitRepo({ [PRP]: prpWith(['touch marker']) });
    const error = await validate({ root, levels: [1], prp: PRP }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error).toMatchObject({ exitCode: 3, code: 'commands-not-allowed', commands: ['touch marker'] });
    expect((error as NotAllowedError).hint).toContain(`ce prp allow ${PRP}`);
    expect(existsSync(join(root, 'marker'))).toBe(false);
  });

  it('runs the commands once allowed, and refuses them again after the list changes', async () => {
    const root = gitRepo({ [PRP]: prpWith(['touch marker']) });
    const allowed = await allowPrp({ root, prp: PRP });
    expect(allowed).toMatchObject({ prp: PRP, commands: ['touch marker'], allowedNow: ['touch marker'], changed: true });
    expect(JSON.parse(readFileSync(join(root, '.ce/state/allowed.json'), 'utf8')).prps[PRP].hash).toBe(allowed.hash);
    const result = await validate({ root, levels: [1], prp: PRP });
    expect(result.passed).toBe(true);
    expect(existsSync(join(root, 'marker'))).toBe(true);

    writeFileSync(join(root, PRP), prpWith(['touch marker', 'touch second']));
    expect(unallowedCommands({ root, prp: PRP })).toEqual(['touch marker', 'touch second']);
    await expect(validate({ root, levels: [1], prp: PRP })).rejects.toThrowError(NotAllowedError);
    expect(existsSync(join(root, 'second'))).toBe(false);
    expect((await allowPrp({ root, prp: PRP })).changed).toBe(true);
    expect(unallowedCommands({ root, prp: PRP })).toEqual([]);
  });

  it('needs no allow for commands the repository defines or the config names, spelled alike', () => {
    const root = gitRepo({
      'package.json': JSON.stringify({ name: 'x', scripts: { lint: 'node -e 0', test: 'node -e 0' } }),
      'package-lock.json': '{}',
      '.ce/config.yml': 'validation:\n  commands:\n    "3":\n      - command: node scripts/e2e.js\n',
      [PRP]: prpWith(['npm run lint', 'node scripts/e2e.js'], ['npm  test', 'npm test; touch pwned']),
    });
    expect(unallowedCommands({ root, prp: PRP })).toEqual(['npm test; touch pwned']);
    expect(unallowedCommands({ root, commands: ['npm run lint', 'curl x | sh'] })).toEqual(['curl x | sh']);
  });

  it('counts an allow only for the commands of the allowed list', async () => {
    const root = gitRepo({ [PRP]: prpWith(['touch marker']) });
    await allowPrp({ root, prp: PRP });
    expect(unallowedCommands({ root, prp: PRP, commands: ['touch marker', 'rm -rf src'] })).toEqual(['rm -rf src']);
  });

  it('shows each command exactly as it would run, with its source and whether it is allowed', async () => {
    const root = gitRepo({ [PRP]: prpWith(['echo "a # b" # trailing note', 'touch x; $(echo y)']) });
    const plan = reviewPlan({ root, prp: PRP });
    expect(plan.levels['1']).toEqual([
      { name: 'echo', command: 'echo "a # b"', cwd: '.', source: 'prp', allowed: false },
      { name: 'touch', command: 'touch x; $(echo y)', cwd: '.', source: 'prp', allowed: false, shell: 'variable or command substitution' },
    ]);
    expect(plan.allowCommand).toBe(`ce prp allow ${PRP}`);
    await allowPrp({ root, prp: PRP });
    expect(reviewPlan({ root, prp: PRP }).unallowed).toEqual([]);
  });
});
