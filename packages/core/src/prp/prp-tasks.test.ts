import { describe, expect, it } from 'vitest';
import { readAsset } from '../project/index.js';
import { parseBlueprintTasks, parsePrp } from './index.js';

const PHASES = `### Phase 1: Data layer (2h)

**Goal**: store discount codes

**Files to Create**:
- \`src/discounts.js\`
- \`test/discounts.test.js\`

**Files to Modify**:
- \`src/cart.js\`

**Key Functions**:
- \`applyDiscount(cart, code)\`
- \`findCode(code)\`

**Validation Command**: \`npm test\`

**Checkpoint**: \`ce prp checkpoint data-layer\`

### Phase 2: Wiring (0.5h)

**Goal**: totals use the discount
**Files to Modify**: \`src/cart.js\`
**Validation Command**: \`npm run lint\`
`;

const TASKS = `Task 1: Discount table
- CREATE \`src/discounts.js\`
- MIRROR the pattern of \`src/catalog.js\`
- FIND \`export async function cartTotal\`
- INJECT the discount after the subtotal
- PRESERVE the existing error types

\`\`\`js
// pseudocode
function applyDiscount(cart, code) { return { ...cart, discount: code }; }
\`\`\`

Task 2: Tests
- MODIFY \`test/cart.test.js\`
- Validation: \`npm test\`
`;

describe('parseBlueprintTasks', () => {
  it('reads phase blocks: goal, files to create and modify, key functions, validation command, checkpoint, hours', () => {
    const [first, second] = parseBlueprintTasks(PHASES);
    expect(first).toMatchObject({
      id: '1',
      kind: 'phase',
      title: 'Data layer',
      hours: 2,
      goal: 'store discount codes',
      keyFunctions: ['applyDiscount(cart, code)', 'findCode(code)'],
      validation: ['npm test'],
      checkpoint: 'ce prp checkpoint data-layer',
    });
    expect(first?.files).toEqual([
      { path: 'src/discounts.js', action: 'create' },
      { path: 'test/discounts.test.js', action: 'create' },
      { path: 'src/cart.js', action: 'modify' },
    ]);
    expect(second).toMatchObject({ id: '2', title: 'Wiring', hours: 0.5, goal: 'totals use the discount', validation: ['npm run lint'] });
    expect(second?.files).toEqual([{ path: 'src/cart.js', action: 'modify' }]);
  });

  it('reads Task N lists with CREATE / MODIFY / FIND / INJECT / MIRROR / PRESERVE and their pseudocode', () => {
    const [first, second] = parseBlueprintTasks(TASKS);
    expect(first?.operations.map((o) => o.verb)).toEqual(['CREATE', 'MIRROR', 'FIND', 'INJECT', 'PRESERVE']);
    expect(first?.operations[3]?.text).toBe('the discount after the subtotal');
    expect(first?.pseudocode).toEqual([expect.stringContaining('function applyDiscount')]);
    expect(first?.files).toEqual([{ path: 'src/discounts.js', action: 'create' }]);
    expect(second).toMatchObject({ files: [{ path: 'test/cart.test.js', action: 'modify' }], validation: ['npm test'] });
  });

  it('keeps every quoted path a file verb names, extension or not, so paths leaving the repository can be refused', () => {
    const [task] = parseBlueprintTasks('Task 1: x\n- CREATE `../evil.js`\n- MODIFY `/etc/hosts`\n- MODIFY `bin/run`\n');
    expect(task?.files).toEqual([
      { path: '../evil.js', action: 'create' },
      { path: '/etc/hosts', action: 'modify' },
      { path: 'bin/run', action: 'modify' },
    ]);
  });

  it('ignores task-like lines inside code blocks', () => {
    const tasks = parseBlueprintTasks('Task 1: real\n- CREATE `a.ts`\n\n```ts\n// Task 2: not a task\n```\n');
    expect(tasks.map((t) => t.id)).toEqual(['1']);
  });

  it.each(['prp_base.md', 'prp_kiss.md'])('golden: the shipped template %s, filled in, parses back to the same tasks', (name) => {
    const text = readAsset(`templates/${name}`);
    const template = parsePrp(text, name).tasks;
    const filled = parsePrp(
      text.replace(/\{([^}]*)\}/g, (_m, inner: string) => inner.replace(/[^\w./:@ -]/g, '').trim() || 'x'),
      name,
    ).tasks;
    const shape = (tasks: typeof template) =>
      tasks.map((t) => ({
        id: t.id,
        title: t.title.replace(/[{}]/g, ''),
        files: t.files,
        validation: t.validation,
        verbs: t.operations.map((o) => o.verb),
      }));
    expect(shape(filled)).toEqual(shape(template));
    expect(template.every((t) => t.files.length > 0 && t.validation.length > 0)).toBe(true);
  });
});
