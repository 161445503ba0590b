import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { loadConfig } from '../config/index.js';
import { parsePrp } from '../prp/index.js';

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('YAML limits: bad input, never a crash', () => {
  it('refuses a billion-laughs header in a PRP with exit 2 naming the file', () => {
    expect(() => parsePrp(`---\n${BOMB}\n---\n## Goal\n`, 'PRPs/PRP-1-x.md')).toThrowError(
      expect.objectContaining({ exitCode: 2, file: 'PRPs/PRP-1-x.md' }),
    );
  });

  it('refuses 10,000 nested flow sequences, in a PRP header and in the config, before the parser recurses', () => {
    const deep = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    expect(() => parsePrp(`---\n${deep}---\n`, 'PRPs/PRP-1-x.md')).toThrowError(/nested more than 64 levels deep/);
    const root = useTempDir();
    mkdirSync(join(root, '.ce'));
    writeFileSync(join(root, '.ce', 'config.yml'), deep);
    expect(() => loadConfig(root)).toThrowError(expect.objectContaining({ code: 'config-invalid', file: '.ce/config.yml', exitCode: 2 }));
    writeFileSync(join(root, '.ce', 'config.yml'), BOMB);
    expect(() => loadConfig(root)).toThrowError(expect.objectContaining({ code: 'config-invalid', exitCode: 2 }));
  });

  it('does not count brackets inside quotes or comments, and accepts ordinary nesting', () => {
    const header = `---\nname: "[[[[${'['.repeat(100)}"\ndescription: '{{${'{'.repeat(100)}' # ${'['.repeat(100)}\ntags: [[a, [b]], {c: [d]}]\n---\n`;
    expect(parsePrp(header).header.name).toBe(`[[[[${'['.repeat(100)}`);
  });

  it('never hands the parser a line led by 16,000 blanks (spaces or tabs, before CR or text)', () => {
    // The yaml parser folds such a continuation line in quadratic time (1.2 s at 16,000 blanks; found
    // by the fuzz test on CI: `prp_id: PRP-1.2`, blanks, `\r`). A fenced header says so, exit 2; a
    // classic preamble that deep is no header at all.
    for (const blanks of [' '.repeat(16_000), ' \t'.repeat(8_000)]) {
      expect(() => parsePrp(`---\nprp_id: PRP-1.2\n${blanks}x\n---\n`, 'PRPs/PRP-1-x.md')).toThrowError(/indented more than 400 columns/);
      for (const text of [`prp_id: PRP-1.2\n${blanks}\r`, `prp_id: PRP-1.2\n${blanks}x\n`]) {
        expect(parsePrp(text, 'PRPs/PRP-1-x.md').header.prp_id).toBeUndefined();
      }
    }
  });

  it('refuses block nesting deeper than any real document', () => {
    let deep = '';
    for (let i = 0; i < 1000; i++) deep += `${' '.repeat(i)}k:\n`;
    expect(() => parsePrp(`---\n${deep}---\n`)).toThrowError(/indented more than 400 columns/);
  });
});
