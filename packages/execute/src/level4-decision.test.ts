import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { gitRepo } from '@ce/test-utils';
import { decideLevel4 } from './level4-decision.js';

const asyncService = (name: string): string => `export class ${name}Service {
  constructor(private readonly repo: { find(id: string): Promise<unknown>; save(x: unknown): Promise<void> }) {}

  async get${name}(id: string): Promise<unknown> {
    const found = await this.repo.find(id);
    if (!found) throw new Error(id);
    return found;
  }

  async save${name}(item: unknown): Promise<void> {
    await this.repo.save(item);
  }
}
`;

const callbackService = `export class OrderService {
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
`;

const PRP = `---\nprp_id: PRP-7\nname: orders\nstatus: executed\n---\n\n## Goal\nOrders.\n\n## Why\nSales.\n\n## What\n- [ ] orders\n\n## All Needed Context\n- file: examples/user-service.ts\n\n## Implementation Blueprint\n\nTask 1: CREATE src/order-service.ts\n\n## Validation Loop\n\n### Level 4\nBuilt in.\n`;

const repo = (impl: string) =>
  gitRepo({
    'examples/user-service.ts': asyncService('User'),
    'examples/team-service.ts': asyncService('Team'),
    'src/order-service.ts': impl,
    'PRPs/PRP-7-orders.md': PRP,
  });

describe('decideLevel4 (the shared level-4 decision flow)', () => {
  it('accepts drift below the accept threshold without recording anything', async () => {
    const root = repo(asyncService('Order'));
    const outcome = await decideLevel4({ root, prp: 'PRPs/PRP-7-orders.md' });
    expect(outcome).toMatchObject({ passed: true, exitCode: 0, result: { resolution: { decision: 'accept', recordedIn: null } } });
  });

  it('halts (exit 3) at or above the escalation threshold when nobody decides', async () => {
    const root = repo(callbackService);
    const outcome = await decideLevel4({ root, prp: 'PRPs/PRP-7-orders.md' });
    expect(outcome.exitCode).toBe(3);
    expect(outcome.result.driftScore).toBeGreaterThanOrEqual(30);
    expect(outcome.result.resolution.decision).toBe('halt');
    expect(parsePrp(readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8')).header.drift_justification).toBeUndefined();
  });

  it('records a given decision as drift_justification, and asks through decide when none is given', async () => {
    const root = repo(callbackService);
    const accepted = await decideLevel4({
      root,
      prp: 'PRPs/PRP-7-orders.md',
      decision: { decision: 'accept', reason: 'the store SDK only offers callbacks', approvedBy: 'ana' },
    });
    expect(accepted).toMatchObject({ passed: true, exitCode: 0, result: { resolution: { decision: 'accept' } } });
    expect(parsePrp(readFileSync(join(root, 'PRPs/PRP-7-orders.md'), 'utf8')).header.drift_justification).toMatchObject({
      decision: 'accept',
      reason: 'the store SDK only offers callbacks',
      approved_by: 'ana',
    });
    const asked: string[][] = [];
    const rejected = await decideLevel4({
      root,
      prp: 'PRPs/PRP-7-orders.md',
      decide: (request) => {
        asked.push(request.categories);
        return Promise.resolve({ decision: 'reject', reason: 'use async/await' });
      },
    });
    expect(asked[0]).toContain('async-style');
    expect(rejected).toMatchObject({ passed: false, exitCode: 1, result: { resolution: { decision: 'reject' } } });
  });
});
