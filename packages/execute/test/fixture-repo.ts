import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowPrp } from '@ce/validate';
import { gitRepo, useTempDir } from '@ce/test-utils';

/** The scripted agent (a real program the `command` adapter runs). */
export const AGENT_SCRIPT = join(import.meta.dirname, 'scripted-agent.mjs');

export const PRP = `---
prp_id: PRP-1
name: Sum
status: ready
---

# Sum

## Goal

Add \`sum(a, b)\`.

## Why

Totals.

## What

- [ ] sum adds

## All Needed Context

- src/math.js

## Implementation Blueprint

Task 1: The sum function
- CREATE \`src/sum.js\`
- MIRROR \`src/math.js\`
- Validation: \`node --test test/\`

Task 2: Its test
- CREATE \`test/sum.test.js\`

## Validation Loop

### Level 1

\`\`\`bash
node scripts/lint.mjs
\`\`\`

### Level 2

\`\`\`bash
node --test test/
\`\`\`
`;

const LINT = `import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
for (const dir of ['src', 'test']) for (const f of readdirSync(dir)) execFileSync(process.execPath, ['--check', dir + '/' + f], { stdio: 'inherit' });
`;

export const GOOD_SUM = 'export function sum(a, b) {\n  return a + b;\n}\n';
export const BAD_SUM = 'export function sum(a, b) {\n  return a - b;\n}\n';
export const SUM_TEST =
  "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { sum } from '../src/sum.js';\ntest('sum adds', () => {\n  assert.equal(sum(2, 3), 5);\n});\n";

/** A step of the scripted agent's plan: when the prompt matches `when`, write / delete files. */
export interface AgentStep {
  when: string;
  write?: Record<string, string>;
  delete?: string[];
  times?: number;
  sleepMs?: number;
  summary?: string;
}

/**
 * A real git repository with a PRP, a lint script and node:test tests, and an agent plan. The PRP's
 * commands are allowed as a person would (`ce prp allow`) unless `allow: false`.
 */
export async function fixtureRepo(
  steps: AgentStep[],
  options: { agent?: 'command' | 'none'; allow?: boolean } = {},
): Promise<{ root: string; env: NodeJS.ProcessEnv }> {
  const root = gitRepo({
    'package.json': '{ "name": "fixture", "type": "module", "private": true }\n',
    'scripts/lint.mjs': LINT,
    'src/math.js': 'export function double(x) {\n  return x * 2;\n}\n',
    'test/math.test.js':
      "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { double } from '../src/math.js';\ntest('double', () => {\n  assert.equal(double(2), 4);\n});\n",
    'PRPs/PRP-1-sum.md': PRP,
    '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n',
    '.ce/config.yml': `agents:\n  adapter: ${options.agent ?? 'command'}\n  command: ${JSON.stringify(`${process.execPath} ${AGENT_SCRIPT}`)}\n`,
  });
  const planFile = join(useTempDir('ce-agent-plan-'), 'plan.json');
  writeFileSync(planFile, JSON.stringify({ steps }));
  if (options.allow !== false) await allowPrp({ root, prp: 'PRPs/PRP-1-sum.md' });
  return { root, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', AGENT_PLAN: planFile } };
}
