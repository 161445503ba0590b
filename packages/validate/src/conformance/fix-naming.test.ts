import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { analyzeConformance, fixNaming } from './index.js';

const example = `export async function loadUser(userId: string): Promise<string> {
  const userRow = await query(userId);
  return userRow;
}

export async function saveUser(userId: string, displayName: string): Promise<void> {
  const savedRow = await write(userId, displayName);
  void savedRow;
}

declare function query(id: string): Promise<string>;
declare function write(id: string, name: string): Promise<string>;
`;

describe('the naming auto-fix', () => {
  it('renames identifiers to the examples convention in every implementation file, leaving strings, comments and properties alone', async () => {
    const root = useTempDir();
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'examples/users.ts': example,
      'src/orders.ts': `// load_order stays in this comment
async function load_order(order_id: string): Promise<{ order_id: string }> {
  const order_row = await fetchOrder(order_id);
  return { order_id: order_row };
}

export async function cancelOrder(id: string): Promise<string> {
  const { order_id } = await load_order(id);
  return 'load_order ' + order_id;
}

declare function fetchOrder(id: string): Promise<string>;
`,
    });
    const analysis = await analyzeConformance({ root, examples: ['examples'], files: ['src'] }, { acceptBelow: 10, escalateAt: 30 });
    expect(analysis.report.categoryBreakdown['naming']).toBeGreaterThan(0);
    const result = await fixNaming(analysis, root);
    expect(result.renames.map((r) => `${r.from}->${r.to}`).sort()).toEqual([
      'load_order->loadOrder',
      'order_id->orderId',
      'order_row->orderRow',
    ]);
    const fixed = readFileSync(join(root, 'src/orders.ts'), 'utf8');
    expect(fixed).toContain('// load_order stays in this comment');
    expect(fixed).toContain("return 'load_order ' + orderId;");
    expect(fixed).toContain('async function loadOrder(orderId: string): Promise<{ order_id: string }>');
    expect(fixed).toContain('return { order_id: orderRow };');
    expect(fixed).toContain('const { order_id: orderId } = await loadOrder(id);');
    const again = await analyzeConformance({ root, examples: ['examples'], files: ['src'] }, { acceptBelow: 10, escalateAt: 30 });
    expect(again.report.categoryBreakdown['naming']).toBe(0);
  });

  it('leaves an exported name alone when another file of the repository uses it', async () => {
    const root = useTempDir();
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'examples/users.ts': example,
      'src/orders.ts':
        'export async function load_order(orderId: string): Promise<string> {\n  return await fetchIt(orderId);\n}\nexport async function save_order(orderId: string): Promise<string> {\n  return await fetchIt(orderId);\n}\nexport async function drop_order(orderId: string): Promise<string> {\n  return await fetchIt(orderId);\n}\ndeclare function fetchIt(id: string): Promise<string>;\n',
      'src/other/caller.ts': "import { load_order } from '../orders.js';\nexport const x = load_order;\n",
    });
    const analysis = await analyzeConformance(
      { root, examples: ['examples'], files: ['src/orders.ts'] },
      { acceptBelow: 10, escalateAt: 30 },
    );
    const result = await fixNaming(analysis, root);
    expect(result.skipped).toContainEqual({ name: 'load_order', reason: 'exported and used by src/other/caller.ts' });
    expect(result.renames.map((r) => r.from).sort()).toEqual(['drop_order', 'save_order']);
  });

  it('renames Python identifiers with tree-sitter', async () => {
    const root = useTempDir();
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'examples/users.py':
        'def load_user(user_id):\n    user_row = query(user_id)\n    return user_row\n\n\ndef save_user(user_id, display_name):\n    saved_row = write(user_id, display_name)\n    return saved_row\n',
      'app/teams.py': '# équipes\ndef loadTeam(teamId):\n    teamRow = query(teamId)\n    return teamRow.teamId\n',
    });
    const analysis = await analyzeConformance({ root, examples: ['examples'], files: ['app'] }, { acceptBelow: 10, escalateAt: 30 });
    await fixNaming(analysis, root);
    expect(readFileSync(join(root, 'app/teams.py'), 'utf8')).toBe(
      '# équipes\ndef load_team(team_id):\n    team_row = query(team_id)\n    return team_row.teamId\n',
    );
  });
});
