import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 30 (held-out-30, TypeScript/JavaScript and Python): each test
// is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

async function categoryScore(examples: Record<string, string>, implPath: string, impl: string, category: string): Promise<number> {
  const root = repo({ ...examples, [implPath]: impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: [implPath] });
  return report.categoryBreakdown[category] ?? 0;
}

/** A rule module: one typed function exported as default, imports of its own. */
const esmRule = (name: string) => `import { isSpace } from '../common/utils.js'
import type State from './state.js'

export default function ${name} (state: State, line: number, silent: boolean): boolean {
  let pos = state.starts[line]
  if (isSpace(state.src.charCodeAt(pos))) { return false }
  if (silent) { return true }
  state.push('${name}', pos)
  return true
}
`;

/** A script registering itself on a global object: no import, no export, no require. */
const globalScript = (name: string) => `// ${name}: turns markers into tags

registry.define('html.${name}', function (text, options, globals) {
  'use strict';
  if (!options.${name}) {
    return text;
  }
  text = text.replace(/^(-{3,})$/gm, function () {
    return globals.hash('<hr />');
  });
  return text;
});
`;

describe('round 30: global scripts in a house of modules', () => {
  it('a script registering on a global object does not follow a house of ES modules', async () => {
    const examples = { 'src/rules/heading.ts': esmRule('heading'), 'src/rules/fence.ts': esmRule('fence') };
    expect(await categoryScore(examples, 'src/rules/rule.js', globalScript('rule'), 'module-system')).toBeGreaterThan(50);
  });

  it('an ES module does not follow a house of global scripts', async () => {
    const examples = { 'src/parsers/heading.js': globalScript('heading'), 'src/parsers/rule.js': globalScript('rule') };
    expect(await categoryScore(examples, 'src/parsers/code.ts', esmRule('code'), 'module-system')).toBeGreaterThan(50);
  });

  it('a global script in a house of global scripts conforms', async () => {
    const examples = { 'src/parsers/heading.js': globalScript('heading'), 'src/parsers/rule.js': globalScript('rule') };
    expect(await categoryScore(examples, 'src/parsers/quote.js', globalScript('quote'), 'module-system')).toBe(0);
  });

  it('a file of declarations or directives alone is no script', async () => {
    const examples = { 'src/rules/heading.ts': esmRule('heading'), 'src/rules/fence.ts': esmRule('fence') };
    const declarations = `'use strict';\n\nconst LIMIT = 4;\n\nfunction clamp(n) {\n  return Math.min(n, LIMIT);\n}\n`;
    expect(await categoryScore(examples, 'src/rules/limits.js', declarations, 'module-system')).toBe(0);
  });
});
