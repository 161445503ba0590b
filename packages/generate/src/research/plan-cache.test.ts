import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCodeIndex } from '@ce/context';
import { describe, expect, it } from 'vitest';
import { cachedCommands } from './plan-cache.js';
import { demoRepo } from '../../test/demo-repo.js';

describe('cachedCommands', () => {
  it('infers once while the repository stays the same (a new PRP aside), and again after a change', async () => {
    const root = demoRepo();
    let inferred = 0;
    const infer = () => ({ 1: [`lint ${++inferred}`], 2: [], 3: [] });
    const manifest = async () => (await openCodeIndex(root, { sync: true })).manifest;
    expect(cachedCommands(root, await manifest(), infer)[1]).toEqual(['lint 1']);
    writeFileSync(join(root, 'PRPs', 'PRP-9-new.md'), '# a new PRP\n');
    expect(cachedCommands(root, await manifest(), infer)[1]).toEqual(['lint 1']);
    writeFileSync(join(root, 'package.json'), '{ "name": "demo", "scripts": { "lint": "eslint ." } }\n');
    expect(cachedCommands(root, await manifest(), infer)[1]).toEqual(['lint 2']);
    expect(inferred).toBe(2);
  });
});
