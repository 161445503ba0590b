import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// The classes of mistake L4 made on real code (issue 17): each test is one class, not one instance.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string, files = ['src']) => checkConformance({ root, examples: ['examples'], files });

describe('L4 on the mistakes seen on real code', () => {
  it('does not read a getter returning undefined for "unknown" as a null-return error convention', async () => {
    const root = repo({
      'examples/parse-port.ts': `export function parsePort(text: string): number {\n  const port = Number(text);\n  if (!Number.isInteger(port)) throw new RangeError(\`not a port: \${text}\`);\n  return port;\n}\n`,
      'src/registry.ts': `export class Registry {\n  private readonly entries = new Map<string, number>();\n\n  get size(): number | undefined {\n    if (this.entries.size === 0) return undefined;\n    return this.entries.size;\n  }\n\n  lookup(name: string): number | undefined {\n    if (!this.entries.has(name)) return undefined;\n    return this.entries.get(name);\n  }\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
  });

  it('treats a single throw among many example functions as an anecdote, not a house rule', async () => {
    const helpers = ['trim', 'upper', 'lower', 'first', 'last', 'head', 'tail', 'init', 'rest', 'whole']
      .map((n) => `export function ${n}Of(text: string): string {\n  return text;\n}\n`)
      .join('\n');
    const root = repo({
      'examples/parse-port.ts': `${helpers}\nexport function parsePort(text: string): number {\n  const port = Number(text);\n  if (!Number.isInteger(port)) throw new RangeError(\`not a port: \${text}\`);\n  return port;\n}\n`,
      'src/parse.ts': `export function parseJson(text: string): unknown {\n  try {\n    return JSON.parse(text);\n  } catch {\n    return null;\n  }\n}\n\nexport function parseUrl(text: string): URL | null {\n  try {\n    return new URL(text);\n  } catch {\n    return null;\n  }\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('lets a single throw in examples of one function reach the auto-fix band at most', async () => {
    const root = repo({
      'examples/parse-port.ts': `export function parsePort(text: string): number {\n  const port = Number(text);\n  if (!Number.isInteger(port)) throw new RangeError(\`not a port: \${text}\`);\n  return port;\n}\n`,
      'src/parse.ts': `export function parseJson(text: string): unknown {\n  try {\n    return JSON.parse(text);\n  } catch {\n    return null;\n  }\n}\n\nexport function parseUrl(text: string): URL | null {\n  try {\n    return new URL(text);\n  } catch {\n    return null;\n  }\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(0);
    expect(report.driftScore).toBeLessThan(30);
  });

  it('puts camelCase public methods against all-snake_case examples at least in the auto-fix band, however many one-word names dilute them', async () => {
    const snake = (cls: string) =>
      `class ${cls}:\n    def __init__(self, store):\n        self.store = store\n\n    def load_item(self, item_id):\n        return self.store.get(item_id)\n\n    def save_item(self, item):\n        self.store.put(item)\n\n    def remove_item(self, item_id):\n        self.store.delete(item_id)\n`;
    const root = repo({
      'examples/items.py': snake('Items'),
      'examples/orders.py': snake('Orders'),
      'src/transport.py': `class Transport:\n    def __init__(self, conn):\n        self.conn = conn\n\n    def write(self, data):\n        self.conn.send(data)\n\n    def close(self):\n        self.conn.close()\n\n    def flush(self):\n        pass\n\n    def dataReceived(self, data):\n        self.write(data)\n\n    def connectionLost(self, reason):\n        self.close()\n\n    def loseConnection(self):\n        self.close()\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.naming).toBeGreaterThan(50);
    expect(report.driftScore).toBeGreaterThanOrEqual(10);
  });

  it('sees validators that return error messages in a house whose validators throw', async () => {
    const thrower = (name: string) =>
      `export function ${name}(value: string): void {\n  if (value.length === 0) throw new Error('${name}: empty');\n  if (value.length > 80) throw new Error('${name}: too long');\n}\n`;
    const root = repo({
      'examples/validate-name.ts': thrower('validateName'),
      'examples/validate-title.ts': thrower('validateTitle'),
      'src/validators.ts': `export const required = (value: string) => (value ? undefined : 'Required');\n\nexport function maxLength(value: string): string | undefined {\n  if (value.length > 80) return \`Must be 80 characters or less\`;\n  return undefined;\n}\n\nexport function email(value: string): string | undefined {\n  if (!value.includes('@')) return 'Invalid email address';\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThanOrEqual(50);
    expect(report.decision).toBe('escalate');
    expect(report.findings.some((f) => f.found.startsWith('error-messages'))).toBe(true);
  });

  it('sees synchronous route handlers in a house of async handlers', async () => {
    const asyncRoutes = (name: string) =>
      `from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get("/${name}")\nasync def list_${name}():\n    return []\n\n\n@router.get("/${name}/{item_id}")\nasync def read_${name}(item_id: str):\n    return {"id": item_id}\n`;
    const root = repo({
      'examples/items.py': asyncRoutes('items'),
      'examples/users.py': asyncRoutes('users'),
      'src/orders.py': `from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get("/orders")\ndef list_orders():\n    return []\n\n\n@router.get("/orders/{order_id}")\ndef read_order(order_id: str):\n    return {"id": order_id}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBeGreaterThanOrEqual(50);
    expect(report.findings.some((f) => f.category === 'async-style' && f.expected.includes('await'))).toBe(true);
  });

  it('keeps synchronous helpers neutral in an async house when they are not handlers', async () => {
    const root = repo({
      'examples/items.py': `async def load_items(client):\n    return await client.get("/items")\n\n\nasync def load_users(client):\n    return await client.get("/users")\n`,
      'src/format.py': `def format_item(item):\n    return f"{item['id']}: {item['name']}"\n\n\ndef format_user(user):\n    return user["name"].title()\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBe(0);
  });

  it('sees a validator that collects messages in an errors object and returns it', async () => {
    const thrower = (name: string) =>
      `export function ${name}(value: string): void {\n  if (value.length === 0) throw new Error('${name}: empty');\n  if (value.length > 80) throw new Error('${name}: too long');\n}\n`;
    const root = repo({
      'examples/validate-name.ts': thrower('validateName'),
      'examples/validate-title.ts': thrower('validateTitle'),
      'src/validate.ts': `export function validate(values: Record<string, string>) {\n  const errors: Record<string, string> = {};\n  if (!values.email) errors.email = 'Required';\n  if (!values.name) errors.name = 'Required';\n  return errors;\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThanOrEqual(50);
  });

  it('does not call a promise-returning middleware callback-style for taking a next it never calls', async () => {
    const root = repo({
      'examples/load.ts': `export async function loadUser(id: string) {\n  return await fetch(\`/users/\${id}\`);\n}\n\nexport async function loadTeam(id: string) {\n  return await fetch(\`/teams/\${id}\`);\n}\n`,
      'src/compose.ts': `export const compose = (middleware: Array<(c: unknown, n: () => Promise<void>) => Promise<void>>) => {\n  return (context: unknown, next?: () => Promise<void>) => {\n    const dispatch = async (i: number): Promise<void> => {\n      const handler = middleware[i] ?? (i === middleware.length ? next : undefined);\n      if (handler) await handler(context, () => dispatch(i + 1));\n    };\n    return dispatch(0);\n  };\n};\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBe(0);
  });

  it('does not count reading an imported list as shared module state', async () => {
    const root = repo({
      'examples/detect.ts': `import { AGENTS } from './agents.js';\n\nexport function detect(name: string) {\n  return AGENTS.find((a) => a === name);\n}\n\nexport function known(name: string) {\n  return AGENTS.includes(name);\n}\n`,
      'src/runner.ts': `import { agents } from './agents.js';\n\nexport function pick(name: string) {\n  return agents.includes(name) ? name : agents[0];\n}\n\nexport function list(prefix: string) {\n  return agents.filter((a) => a.startsWith(prefix));\n}\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['data-flow']).toBe(0);
  });
});
