import { describe, expect, it } from 'vitest';
import { caseTimeMs, fc, fuzzParser, stretched, textOf } from '@ce/test-utils';
import { parseBlueprintTasks } from './index.js';

// The syntax of an Implementation Blueprint: task and phase lines, file verbs with paths of every
// form (backticked absolute and `..` paths included: they must be seen to be refused), operations,
// phase fields, fences, hour estimates.
const BLUEPRINT_FRAGMENTS = [
  'Task 1: The sum function\n',
  '**Task 2**: **Its test**:\n',
  '- Step 3) wire it\n',
  '### Phase 2: Build (3h)\n',
  'Phase 4 - Ship (1.5 hours)\n',
  '- CREATE `src/sum.js`\n',
  'MODIFY file: src/cart.ts:\n',
  'Create files : `/etc/hosts`\n',
  'DELETE `../outside.txt`\n',
  'UPDATE `bin/run`\n',
  '  - MIRROR src/math.js\n',
  '1. FIND: "def main"\n',
  '- INJECT after x\n',
  '**PRESERVE**: the API\n',
  '**Files to Create**: `src/b.ts`, `src/c.ts`\n',
  'Files to modify:\n  - `src/d.ts`\n  - ./src/e.ts\n',
  '**Goal**: totals use the discount\n',
  'Key Functions: applyDiscount, findCode\n',
  '**Validation Command**: `npm test`\n',
  'Validation: `node --test test/`\n',
  '**Checkpoint**: `ce prp checkpoint data`\n',
  '{src/feature/core.ts}',
  '```yaml\n',
  '```bash\nnpm run lint\n```\n',
  '```\n',
  '~~~\n',
];

// A case takes milliseconds even on a loaded machine; the patterns this replaced took 0.7 s to minutes on
// the 20,000-character runs below.
const MAX_CASE_MS = 500;

describe('parseBlueprintTasks under fuzzing', () => {
  it('reads every blueprint-like text without throwing, in linear time', () => {
    const lines = fc.array(textOf(BLUEPRINT_FRAGMENTS, 8), { maxLength: 40 }).map((l) => l.join('\n'));
    const report = fuzzParser(
      'parseBlueprintTasks',
      lines,
      (text) => {
        for (const task of parseBlueprintTasks(text)) if (!task.id) throw new Error('a task without an id');
      },
      { maxCaseMs: MAX_CASE_MS },
    );
    const long = fuzzParser('parseBlueprintTasks (long runs)', stretched(BLUEPRINT_FRAGMENTS), parseBlueprintTasks, {
      runs: 200,
      maxCaseMs: MAX_CASE_MS,
    });
    expect(report.cases).toBeGreaterThanOrEqual(1_000);
    // A blueprint parser refuses nothing: whatever is not a task is body text.
    expect(report.refused + long.refused).toBe(0);
  });

  it('reads the runs that made the earlier patterns backtrack, each in well under a second', () => {
    const runs = [
      `Task 1: a${' '.repeat(20_000)}**x`,
      `${' '.repeat(20_000)}x`,
      `- ${' '.repeat(20_000)}x`,
      `CREATE${' '.repeat(20_000)}!`,
      `CREATE \`${'/'.repeat(20_000)}`,
      `**Goal**${' '.repeat(20_000)}\u2028`,
      `### Phase 1: x${' '.repeat(20_000)}(1h) y`,
      `\`\`\`${' '.repeat(20_000)}x`,
    ];
    for (const text of runs) {
      expect(
        caseTimeMs(() => parseBlueprintTasks(text), MAX_CASE_MS),
        JSON.stringify(text.slice(0, 12)),
      ).toBeLessThan(MAX_CASE_MS);
    }
  });
});
