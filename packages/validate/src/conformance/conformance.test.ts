import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance, extractFeatures } from './index.js';

const asyncService = (name: string, entity: string): string => `import { NotFoundError } from './errors.js';

export class ${name} {
  constructor(private readonly repo: { find(id: string): Promise<unknown>; save(x: unknown): Promise<void> }) {}

  async get${entity}(id: string): Promise<unknown> {
    const found = await this.repo.find(id);
    if (!found) throw new NotFoundError(id);
    return found;
  }

  async update${entity}(id: string, patch: object): Promise<unknown> {
    const current = await this.get${entity}(id);
    const next = { ...(current as object), ...patch };
    await this.repo.save(next);
    return next;
  }
}
`;

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

describe('L4 pattern conformance', () => {
  it('scores a different feature written in the same style below 10', async () => {
    const root = repo({
      'examples/user-service.ts': asyncService('UserService', 'User'),
      'examples/team-service.ts': asyncService('TeamService', 'Team'),
      'src/invoice-service.ts': asyncService('InvoiceService', 'Invoice')
        .replace('async update', 'async archive')
        .replace(/patch: object/g, 'reason: object'),
    });
    const report = await checkConformance({ root, examples: ['examples'], files: ['src/invoice-service.ts'] });
    expect(report.driftScore).toBeLessThan(10);
    expect(report.decision).toBe('accept');
    expect(report.examples).toEqual(['examples/team-service.ts', 'examples/user-service.ts']);
  });

  it('does not count one callback helper among many async functions as drift', async () => {
    const helper = `function legacyRead(path: string, cb: (err: Error | null, text?: string) => void): void {\n  cb(null, path);\n}\n\n`;
    const many = asyncService('ReportService', 'Report')
      .replace('export class', `${helper}export class`)
      .replace(
        '  async update',
        '  async listReport(id: string): Promise<unknown[]> {\n    return [await this.getReport(id)];\n  }\n\n  async countReport(id: string): Promise<number> {\n    return (await this.listReport(id)).length;\n  }\n\n  async update',
      );
    const root = repo({ 'examples/user-service.ts': asyncService('UserService', 'User'), 'src/report-service.ts': many });
    const report = await checkConformance({ root, examples: ['examples'], files: ['src'] });
    expect(report.categoryBreakdown['async-style']).toBeLessThan(10);
    expect(report.decision).toBe('accept');
  });

  it('escalates a callback-style implementation of an async codebase, with findings naming file, line and evidence', async () => {
    const root = repo({
      'examples/user-service.ts': asyncService('UserService', 'User'),
      'examples/team-service.ts': asyncService('TeamService', 'Team'),
      'src/order-service.ts': `export class OrderService {
  constructor(private readonly store: { find(id: string, cb: (err: Error | null, o?: unknown) => void): void }) {}

  getOrder(id: string, callback: (err: Error | null, order?: unknown) => void): void {
    this.store.find(id, (err, order) => {
      if (err) return callback(err);
      callback(null, order);
    });
  }

  cancelOrder(id: string, callback: (err: Error | null) => void): void {
    this.getOrder(id, (err) => callback(err));
  }
}
`,
    });
    const report = await checkConformance({ root, examples: ['examples'], files: ['src'] });
    expect(report.driftScore).toBeGreaterThanOrEqual(30);
    expect(report.decision).toBe('escalate');
    expect(report.categoryBreakdown['async-style']).toBe(100);
    const finding = report.findings.find((f) => f.category === 'async-style');
    expect(finding).toMatchObject({ file: 'src/order-service.ts', line: 4 });
    expect(finding?.expected).toMatch(/^await/);
    expect(finding?.found).toMatch(/^callback: getOrder/);
    expect(finding?.evidence).toMatch(/^examples\/(?:user|team)-service\.ts:\d+: async get(?:User|Team)/);
  });

  it('puts naming-only drift in the auto-fix band', async () => {
    const snake = asyncService('CouponService', 'Coupon')
      .replace(/getCoupon/g, 'get_coupon')
      .replace(/updateCoupon/g, 'update_coupon')
      .replace(/const found/g, 'const found_coupon')
      .replace(/!found\)/g, '!found_coupon)')
      .replace(/return found;/g, 'return found_coupon;')
      .replace(/current/g, 'current_coupon')
      .replace(/next/g, 'next_coupon');
    const root = repo({
      'examples/user-service.ts': asyncService('UserService', 'User'),
      'examples/team-service.ts': asyncService('TeamService', 'Team'),
      'src/coupon-service.ts': snake,
    });
    const report = await checkConformance({ root, examples: ['examples'], files: ['src'] });
    expect(report.decision).toBe('auto-fix');
    expect(report.categoryBreakdown['naming']).toBeGreaterThan(50);
    expect(report.findings.every((f) => f.category === 'naming')).toBe(true);
  });

  it('compares Python with Python: module state and error tuples are found by tree-sitter', async () => {
    const root = repo({
      'examples/users.py':
        'async def get_user(db, user_id):\n    row = await db.fetch(user_id)\n    if row is None:\n        raise LookupError(user_id)\n    return row\n\n\nasync def save_user(db, user):\n    if not user.name:\n        raise ValueError("name")\n    if not user.email:\n        raise ValueError("email")\n    await db.save(user)\n\n\nasync def delete_user(db, user_id):\n    await db.delete(user_id)\n',
      'app/payments.py':
        '_cache = {}\n\n\nasync def get_payment(db, payment_id):\n    if payment_id in _cache:\n        return _cache[payment_id], None\n    row = await db.fetch(payment_id)\n    if row is None:\n        return None, "not found"\n    _cache[payment_id] = row\n    return row, None\n',
    });
    const report = await checkConformance({ root, examples: ['examples'], files: ['app'] });
    // Three (value, error) returns where the examples raise: one is forgiven as a helper, two of three drift.
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(60);
    expect(report.categoryBreakdown['data-flow']).toBe(100);
    expect(report.decision).toBe('escalate');
  });

  it('exits 2 naming the path when an example is missing', async () => {
    const root = repo({ 'src/a.ts': 'export const a = 1;\n' });
    await expect(checkConformance({ root, examples: ['examples/nope.ts'], files: ['src/a.ts'] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('examples/nope.ts'),
    });
  });

  it('takes examples (paths and code blocks) and implementation files from a PRP', async () => {
    const root = repo({
      'examples/user-service.ts': asyncService('UserService', 'User'),
      'src/order-service.ts': asyncService('OrderService', 'Order'),
      'PRPs/PRP-4-orders.md': `---\nprp_id: PRP-4\nname: orders\n---\n\n## Goal\nOrders.\n\n## Why\nSales.\n\n## What\n- [ ] orders\n\n## All Needed Context\n\n### EXAMPLES\n- file: examples/user-service.ts — the service pattern\n\n\`\`\`ts\nexport async function loadThing(id: string): Promise<string> {\n  return await fetchThing(id);\n}\n\`\`\`\n\n## Implementation Blueprint\n\nTask 1: CREATE src/order-service.ts\n\n## Validation Loop\n\n### Level 1\n\`\`\`bash\nnpm run lint\n\`\`\`\n`,
    });
    const report = await checkConformance({ root, prp: 'PRPs/PRP-4-orders.md' });
    expect(report.files).toEqual(['src/order-service.ts']);
    expect(report.examples).toEqual(['examples/user-service.ts', 'PRPs/PRP-4-orders.md#example-1.ts']);
    expect(report.decision).toBe('accept');
  });
});

describe('feature extraction', () => {
  it('tells ESM from CommonJS and classes from functions in JavaScript', async () => {
    const cjs = await extractFeatures(
      'lib/store.js',
      "const fs = require('fs');\nfunction readIt(p, cb) { fs.readFile(p, cb); }\nmodule.exports = { readIt };\n",
    );
    // The organisation of the module (its export form is an aspect compared apart).
    const styles = (c: string) => cjs?.observations.filter((o) => o.category === c && !o.aspect).map((o) => o.styles.join('/'));
    expect(styles('module-system')).toEqual(['commonjs']);
    expect(styles('structure')).toEqual(['functions']);
    expect(styles('async-style')).toEqual(['callback']);
  });

  it('reads async def, raise and snake_case names from Python', async () => {
    const py = await extractFeatures(
      'svc/user_api.py',
      'class UserApi:\n    async def load_user(self, user_id):\n        raise KeyError(user_id)\n',
    );
    // The organisation of the module (whether its signatures are annotated is an aspect compared apart).
    const get = (c: string) =>
      py?.observations.filter((o) => o.category === c && !o.aspect).map((o) => `${o.kind ?? ''}:${o.styles.join('/')}`);
    expect(get('async-style')).toEqual([':await']);
    expect(get('error-handling')).toEqual([':exceptions']);
    expect(get('structure')).toEqual([':classes']);
    expect(get('naming')).toContain('function:snake_case');
    expect(get('naming')).toContain('class:PascalCase');
    expect(get('naming')).toContain('file:snake_case');
  });
});
