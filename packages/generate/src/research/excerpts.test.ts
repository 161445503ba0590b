import type { CodeSymbol } from '@ce/context';
import { describe, expect, it } from 'vitest';
import { pickExcerpts } from './excerpts.js';
import { isTestPath, nameTerms, type RepoFile } from './repo-files.js';
import { termCounts } from './terms.js';

const TEXT = [
  'export class StringSchema {',
  '  uuid(message = locale.uuid) {',
  '    return this.matches(rUUID, { name: "uuid", message });',
  '  }',
  '  oneOf(values, message = locale.oneOf) {',
  '    return this.test({ name: "oneOf", message, test: (value) => values.includes(value) });',
  '  }',
  '}',
].join('\n');

const method = (name: string, startLine: number, signature: string): CodeSymbol => ({
  name,
  kind: 'method',
  file: 'src/string.ts',
  range: { startLine, startColumn: 2, endLine: startLine + 2, endColumn: 3 },
  signature,
  container: 'StringSchema',
  namePath: `StringSchema/${name}`,
  exported: false,
});

const file: RepoFile = {
  path: 'src/string.ts',
  text: TEXT,
  symbols: [
    method('uuid', 2, 'uuid(message = locale.uuid)'),
    method('oneOf', 5, 'oneOf(values, message = locale.oneOf, test string value)'),
  ],
  test: isTestPath('src/string.ts'),
  imports: [],
  packages: [],
  bodyTerms: termCounts(TEXT),
  nameTerms: nameTerms('src/string.ts', []),
};

describe('the excerpt a blueprint file starts from', () => {
  const files = new Map([[file.path, file]]);
  const wanted = new Set(['string', 'valu', 'test', 'messag', 'uuid']);

  it('is the symbol the request names, even when another shares more of its words', () => {
    const [picked] = pickExcerpts(files, [{ path: file.path, role: 'modify' }], wanted, new Set(['uuid']), 1);
    expect(picked?.symbol).toBe('StringSchema/uuid');
    expect(picked?.startLine).toBe(2);
  });

  it('is the best match of the words when the request names none of its symbols', () => {
    const [picked] = pickExcerpts(files, [{ path: file.path, role: 'modify' }], wanted, new Set(), 1);
    expect(picked?.symbol).toBe('StringSchema/oneOf');
  });
});
