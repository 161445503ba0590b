import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/pipeline-testing.md', import.meta.url)), 'utf8');
const source = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');

describe('docs/pipeline-testing.md', () => {
  it('quotes the worked example exactly as it is tested', () => {
    expect(doc).toContain(`\`\`\`ts\n${source('../test/feature-brief.ts')}\`\`\``);
    expect(doc).toContain(`\`\`\`ts\n${source('./worked-example.test.ts')}\`\`\``);
  });
});
