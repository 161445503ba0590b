import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { executionMetrics } from './metrics.js';

const RUN = { source: 'execute', runId: '20261201T000000Z-PRP-1-abcd', prpId: 'PRP-1' };

function runLog(root: string, records: Record<string, unknown>[]): void {
  mkdirSync(join(root, '.ce', 'runs'), { recursive: true });
  const lines = records.map((r, i) => JSON.stringify({ time: `2026-12-01T00:00:0${i}.000Z`, ...RUN, ...r }));
  writeFileSync(join(root, '.ce', 'runs', `${RUN.runId}.jsonl`), `${lines.join('\n')}\n`);
}

describe('executionMetrics', () => {
  it('counts gate kinds from the validation level, in this version’s records and in 0.1.0’s', () => {
    const root = useTempDir();
    runLog(root, [
      { level: 'info', msg: 'run-start' },
      { level: 'info', msg: 'gate', gate: 'task-1:L2', validationLevel: 2, passed: true, attempts: [{ passed: true }] },
      // 0.1.0 wrote the validation level over the record's log level.
      { level: 1, msg: 'gate', gate: 'task-1:L1', passed: false, attempts: [{ passed: false }] },
      { level: 'info', msg: 'run-end', status: 'completed' },
    ]);
    expect(executionMetrics(root).gatePassRates).toEqual({
      L1: { count: 0, of: 1, percent: 0 },
      L2: { count: 1, of: 1, percent: 100 },
    });
  });
});
