// One operation, one decision: every MCP tool and the CLI command of the same operation call one
// library function, so on the same repository with the same arguments they return the same
// document. This test runs each tool both ways (the built `ce … --json` and `ce mcp --tools all`
// over stdio) and compares the documents after normalising only what legitimately differs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { connectCeMcp, gitRepo, runCe } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

/**
 * `read`: the operation leaves the repository as it found it, so CLI and MCP share one repository.
 * `write`: the operation changes the repository, so the CLI runs on one copy and the MCP server on
 * an identical twin, each case in table order (later cases see what earlier ones did).
 */
type Group = 'read' | 'write';

interface ParityCase {
  group: Group;
  /** The CLI argv of the same operation (`--json` is added). */
  argv: string[];
  /** The MCP tool's arguments. */
  args?: Record<string, unknown>;
  /**
   * The part of the CLI document the tool returns, where the tool's shape differs by design and
   * only there: the memory tools keep Serena's names and answers (`memory_name`, ids only, the
   * stored file as read_memory's content), and validate_l4 is level 4 of `ce validate` alone.
   */
  fromCli?: (doc: Json, root: string) => unknown;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents of any tool

/**
 * Every MCP tool → the CLI argv of the same operation. A tool added to `allTools` must be added
 * here (the first test fails otherwise); order matters within the `write` group.
 */
export const PARITY: Record<string, ParityCase> = {
  // write group, in order: set up, sync, start a PRP, checkpoint, memories, restore, clean up
  init: { group: 'write', argv: ['init'] },
  // `ce init` wrote an example INITIAL.md; generation without the pre-sync hook (the tree is not clean).
  generate_prp: {
    group: 'write',
    argv: ['generate', 'INITIAL.md', '--no-sync'],
    args: { initial: 'INITIAL.md', sync: false },
  },
  context_sync: { group: 'write', argv: ['context', 'sync'] },
  prp_start: { group: 'write', argv: ['prp', 'start', 'PRP-1'], args: { prp_id: 'PRP-1' } },
  prp_status: { group: 'write', argv: ['prp', 'status'] },
  checkpoint: {
    group: 'write',
    argv: ['prp', 'checkpoint', 'phase-1', '--message', 'first'],
    args: { phase: 'phase-1', message: 'first' },
  },
  prp_list: { group: 'write', argv: ['prp', 'list'] },
  write_memory: {
    group: 'write',
    argv: ['memory', 'write', 'PRP-1-learnings-retries', 'retry 429s'],
    args: { memory_name: 'PRP-1-learnings-retries', content: 'retry 429s' },
    fromCli: (doc) => ({ memory_name: doc['memory'].id, written: true }),
  },
  read_memory: {
    group: 'write',
    argv: ['memory', 'read', 'PRP-1-learnings-retries'],
    args: { memory_name: 'PRP-1-learnings-retries' },
    // Serena's read_memory answers with the memory file as stored (front matter included).
    fromCli: (doc, root) => ({
      memory_name: doc['memory'].id,
      content: readFileSync(join(root, '.ce/memory', `${doc['memory'].id}.md`), 'utf8'),
    }),
  },
  list_memories: {
    group: 'write',
    argv: ['memory', 'list'],
    fromCli: (doc) => ({ memories: (doc['memories'] as { id: string }[]).map((m) => m.id) }),
  },
  delete_memory: {
    group: 'write',
    argv: ['memory', 'delete', 'PRP-1-learnings-retries'],
    args: { memory_name: 'PRP-1-learnings-retries' },
    fromCli: (doc) => ({ memory_name: doc['id'], deleted: true }),
  },
  prp_restore: {
    group: 'write',
    argv: ['prp', 'restore', 'PRP-1', 'phase-1', '--force'],
    args: { prp_id: 'PRP-1', phase: 'phase-1', force: true },
  },
  prp_cleanup: { group: 'write', argv: ['prp', 'cleanup', 'PRP-1'], args: { prp_id: 'PRP-1' } },

  // read group: one repository for both
  status: { group: 'read', argv: ['status'] },
  agents_check: { group: 'read', argv: ['agents', 'check'] },
  validate_plan: { group: 'read', argv: ['validate', '--plan'] },
  validate: { group: 'read', argv: ['validate'] },
  validate_l4: {
    group: 'read',
    argv: ['validate', '--level', '4', '--examples', 'examples', '--files', 'src'],
    args: { examples: ['examples'], files: ['src'] },
    // validate_l4 is the conformance report alone: the CLI holds it under levels["4"], with the
    // `resolution` of the CLI's interactive decision flow (which asks a person; MCP never does).
    fromCli: (doc) => {
      const { resolution: _resolution, ...report } = doc['levels']['4'] as Json;
      return report;
    },
  },
  ci_validate: { group: 'read', argv: ['ci', 'validate'] },
  ci_render: { group: 'read', argv: ['ci', 'render', '--target', 'gitlab'], args: { target: 'gitlab' } },
  ci_diff: { group: 'read', argv: ['ci', 'diff'] },
  ci_run_local: { group: 'read', argv: ['ci', 'run', '--local'] },
  pipeline_graph: { group: 'read', argv: ['pipeline', 'graph', 'prp-generation'], args: { name: 'prp-generation' } },
  pipeline_run: { group: 'read', argv: ['pipeline', 'run', 'prp-generation'], args: { name: 'prp-generation' } },
  drift_summary: { group: 'read', argv: ['drift', 'summary'] },
  drift_history: { group: 'read', argv: ['drift', 'history', '--last', '5'], args: { last: 5 } },
  find_symbol: { group: 'read', argv: ['context', 'find', 'OrderService/getOrder'], args: { name_path: 'OrderService/getOrder' } },
  get_symbols_overview: { group: 'read', argv: ['context', 'overview', 'src'], args: { relative_path: 'src' } },
  search_for_pattern: { group: 'read', argv: ['context', 'search', 'await\\s+this'], args: { substring_pattern: 'await\\s+this' } },
  find_referencing_symbols: { group: 'read', argv: ['context', 'references', 'getOrder'], args: { name_path: 'getOrder' } },
  context_health: { group: 'read', argv: ['context', 'health'] },
  prp_check: { group: 'read', argv: ['prp', 'check', 'PRPs/PRP-1-orders.md'], args: { file: 'PRPs/PRP-1-orders.md' } },
  execute_prp: {
    group: 'read',
    argv: ['execute', 'PRPs/PRP-2-refunds.md', '--dry-run'],
    args: { prp: 'PRPs/PRP-2-refunds.md', dryRun: true },
  },
  metrics: { group: 'read', argv: ['metrics'] },
};

/**
 * What legitimately differs between two runs of one operation, and nothing else:
 * - the repository's path (the `write` group runs on twin repositories);
 * - times: ISO 8601 instants and the compact stamps in checkpoint tags (`20261205T121314Z`);
 * - git object ids (full and 12-character), since commits made a second apart differ;
 * - measured durations and ages: `durationMs`, `startMs`, `ageSeconds`.
 */
const TIMING_KEYS = new Set(['durationMs', 'startMs', 'ageSeconds']);

function normalise(value: unknown, root: string): unknown {
  if (typeof value === 'string')
    return value
      .split(root)
      .join('<root>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
      .replace(/\d{8}T\d{6}Z/g, '<stamp>')
      .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
      .replace(/\b[0-9a-f]{12}\b/g, '<sha>');
  if (Array.isArray(value)) return value.map((v) => normalise(v, root));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, TIMING_KEYS.has(k) && typeof v === 'number' ? 0 : normalise(v, root)]),
    );
  return value;
}

const asyncService = (name: string): string => `export class ${name}Service {
  constructor(private readonly store: { find(id: string): Promise<unknown> }) {}

  async get${name}(id: string): Promise<unknown> {
    const found = await this.store.find(id);
    if (!found) throw new Error('not found');
    return found;
  }
}
`;

const FIXTURE: Record<string, string> = {
  '.ce/config.yml':
    'version: 1\nvalidation:\n  commands:\n    "1":\n      - command: node -e "0"\n    "2":\n      - command: node -e "process.exit(0)"\n',
  'src/order-service.ts': asyncService('Order'),
  'src/checkout.ts':
    "import { OrderService } from './order-service.js';\n\nexport async function checkout(s: OrderService): Promise<unknown> {\n  return s.getOrder('1');\n}\n",
  'examples/user-service.ts': asyncService('User'),
  'examples/team-service.ts': asyncService('Team'),
  'ci/pipeline.yml':
    'name: parity\nstages:\n  - stage: lint\n    nodes:\n      - { name: check, command: \'node -e "0"\' }\n  - stage: test\n    depends_on: [lint]\n    nodes:\n      - { name: unit, command: \'node -e "0"\' }\n      - { name: e2e, command: \'node -e "0"\', strategy: mock }\n',
  'PRPs/PRP-1-orders.md':
    '---\nprp_id: PRP-1\nname: orders\nstatus: executed\ndrift_justification:\n  drift_score: 12\n  decision: accept\n  reason: "streaming needs callbacks"\n  category_breakdown: {async-style: 40}\n  date: 2026-11-01T10:00:00Z\n---\n\n## Goal\nOrders.\n',
  'PRPs/PRP-2-refunds.md':
    '---\nprp_id: PRP-2\nname: refunds\nstatus: ready\n---\n\n## Goal\nRefunds.\n\n## Implementation Blueprint\n\nTask 1: The refund service\n- CREATE `src/refund-service.ts`\n- MIRROR `src/order-service.ts`\n\n## Validation Loop\n\n### Level 1\n\n```bash\nnode -e "0"\n```\n',
};

async function viaCli(root: string, c: ParityCase): Promise<unknown> {
  const run = await runCe([...c.argv, '--json'], { cwd: root, timeoutMs: 60_000 });
  let doc: Json;
  try {
    doc = JSON.parse(run.stdout) as Json;
  } catch {
    throw new Error(`ce ${c.argv.join(' ')} --json did not print one JSON document (exit ${run.exitCode}): ${run.stderr}`);
  }
  expect.soft(doc['error'], `ce ${c.argv.join(' ')}: ${JSON.stringify(doc['error'])}`).toBeUndefined();
  return c.fromCli ? c.fromCli(doc, root) : doc;
}

async function viaMcp(client: Client, name: string, c: ParityCase): Promise<unknown> {
  const answer = await client.callTool({ name, arguments: c.args ?? {} });
  const text = (answer.content as { type: string; text: string }[])[0]?.text ?? '';
  expect.soft(answer.isError, `${name}: ${text}`).toBeFalsy();
  return answer.structuredContent;
}

const cases = (group: Group): [string, ParityCase][] => Object.entries(PARITY).filter(([, c]) => c.group === group);

describe('parity of the CLI and the MCP server', () => {
  it('has a CLI counterpart for every MCP tool (add new tools to PARITY)', async () => {
    const client = await connectCeMcp(gitRepo({ 'a.txt': 'a\n' }), ['--tools', 'all']);
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(tools.filter((name) => !(name in PARITY))).toEqual([]);
    expect(Object.keys(PARITY).filter((name) => !tools.includes(name))).toEqual([]);
  });

  it('returns the same documents for operations that leave the repository as it was (one repository for both)', async () => {
    const root = gitRepo(FIXTURE);
    const client = await connectCeMcp(root, ['--tools', 'all']);
    for (const [name, c] of cases('read')) {
      const cli = normalise(await viaCli(root, c), root);
      const mcp = normalise(await viaMcp(client, name, c), root);
      expect.soft(mcp, `${name} vs ce ${c.argv.join(' ')} --json`).toEqual(cli);
    }
  }, 300_000);

  it('returns the same documents for operations that change the repository (twin repositories, in table order)', async () => {
    const cliRoot = gitRepo(FIXTURE);
    const mcpRoot = gitRepo(FIXTURE);
    const client = await connectCeMcp(mcpRoot, ['--tools', 'all']);
    for (const [name, c] of cases('write')) {
      // Twin repositories: the two sides can run at the same time.
      const [cliDoc, mcpDoc] = await Promise.all([viaCli(cliRoot, c), viaMcp(client, name, c)]);
      const cli = normalise(cliDoc, cliRoot);
      const mcp = normalise(mcpDoc, mcpRoot);
      expect.soft(mcp, `${name} vs ce ${c.argv.join(' ')} --json`).toEqual(cli);
    }
  }, 300_000);
});
