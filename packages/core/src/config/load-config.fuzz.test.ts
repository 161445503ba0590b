import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, fuzzParser, textOf, useTempDir } from '@ce/test-utils';
import { loadConfig } from './index.js';

const CONFIG_FRAGMENTS = [
  'validation:\n',
  '  level_1:\n',
  '    - command: npm run lint\n',
  '      cwd: .\n',
  '  timeout_seconds: 30\n',
  'agents:\n  default: none\n',
  'context:\n  backend: local\n',
  'memory:\n  folder: .ce/memory\n',
  'drift:\n  bands: [10, 30]\n',
  'unknown_key: 1\n',
  'a: &a [1, 2]\nb: [*a, *a]\n',
  '- list\n',
  '~\n',
  'null\n',
];

describe('loadConfig under fuzzing', () => {
  it('accepts or refuses with a CeError every config-like file', () => {
    const root = useTempDir();
    mkdirSync(join(root, '.ce'));
    const file = join(root, '.ce', 'config.yml');
    const yamlish = textOf(CONFIG_FRAGMENTS, 24);
    const fromValues = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify({ validation: value }));
    const report = fuzzParser('loadConfig', fc.oneof(yamlish, fromValues), (text) => {
      writeFileSync(file, text);
      return loadConfig(root, {});
    });
    expect(report.cases).toBeGreaterThanOrEqual(1_000);
    expect(report.refused).toBeGreaterThan(0);
  });
});

describe('loadConfig on YAML that parses but has no value', () => {
  it('exits 2 naming the file for an alias used before its anchor', () => {
    const root = useTempDir();
    mkdirSync(join(root, '.ce'));
    writeFileSync(join(root, '.ce', 'config.yml'), '#a: &a [1]\nb: [*a]\n');
    expect(() => loadConfig(root, {})).toThrow(expect.objectContaining({ exitCode: 2, file: '.ce/config.yml' }));
  });
});
