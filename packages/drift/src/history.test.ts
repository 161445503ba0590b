import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { driftCompare, driftHistory, driftShow, driftSummary, recordDriftDecision, readDriftLog } from './index.js';

const prp = (id: string, drift: string, extra = ''): string =>
  `---\nprp_id: ${id}\nname: feature ${id}\n${extra}${drift}---\n\n## Goal\nSomething.\n`;

/** Seven PRPs: five with decisions (one legacy), one without, one malformed; figures computed by hand below. */
function fixture(): string {
  const root = useTempDir();
  writeTree(root, {
    'PRPs/PRP-1-login.md': prp(
      'PRP-1',
      'drift_justification:\n  drift_score: 8\n  decision: accept\n  reason: "Same pattern"\n  category_breakdown: {naming: 8, async-style: 0}\n  date: 2026-11-01T10:00:00Z\n',
    ),
    'PRPs/PRP-2-cache.md': prp(
      'PRP-2',
      'drift_justification:\n  drift_score: 42\n  decision: reject\n  reason: "global cache"\n  category_breakdown: {data-flow: 70}\n  date: 2026-11-03T10:00:00Z\n',
    ),
    // Legacy block: score/action/justification/timestamp/reviewer.
    'PRPs/done/PRP-3-upload.md': prp(
      'PRP-3',
      'drift_decision:\n  score: 25\n  action: auto-fixed\n  justification: "same pattern"\n  timestamp: 2026-11-02T10:00:00Z\n  category_breakdown: {naming: 60}\n  reviewer: alice\n',
    ),
    'PRPs/PRP-4-search.md': prp(
      'PRP-4',
      'drift_justification:\n  drift_score: 31\n  decision: update-examples\n  reason: "New streaming style"\n  category_breakdown: {async-style: 50, naming: 10}\n  date: 2026-11-03T18:00:00Z\n',
    ),
    'PRPs/PRP-5-report.md': prp(
      'PRP-5',
      'drift_justification:\n  drift_score: 12\n  decision: accept\n  reason: "Same pattern!"\n  category_breakdown: {naming: 30}\n  date: 2026-11-04T09:00:00Z\n',
    ),
    'PRPs/PRP-6-draft.md': prp('PRP-6', ''),
    'PRPs/PRP-7-broken.md': '---\nprp_id: PRP-7\nname: [unclosed\n---\n',
    'PRPs/PRP-8-bad-score.md': prp('PRP-8', 'drift_justification:\n  drift_score: lots\n  decision: accept\n  reason: x\n'),
    'PRPs/README.md': '# Our PRPs\n',
    'PRPs/templates/prp_base.md': prp('PRP-99', 'drift_justification:\n  drift_score: 99\n  decision: reject\n  reason: template\n'),
  });
  return root;
}

describe('drift history', () => {
  it('lists decisions newest first, maps legacy drift_decision blocks and names malformed PRPs as warnings', () => {
    const root = fixture();
    const history = driftHistory(root);
    expect(history.entries.map((e) => e.prpId)).toEqual(['PRP-5', 'PRP-4', 'PRP-2', 'PRP-3', 'PRP-1']);
    const legacy = history.entries.find((e) => e.prpId === 'PRP-3');
    expect(legacy).toMatchObject({ driftScore: 25, decision: 'auto-fix', reason: 'same pattern', date: '2026-11-02T10:00:00Z' });
    expect(history.warnings).toHaveLength(2);
    expect(history.warnings[0]).toMatch(/^PRPs\/PRP-7-broken\.md: /);
    expect(history.warnings[1]).toMatch(/^PRPs\/PRP-8-bad-score\.md: drift_justification\.drift_score/);
  });

  it('keeps only the newest N with last', () => {
    expect(driftHistory(fixture(), { last: 2 }).entries.map((e) => e.prpId)).toEqual(['PRP-5', 'PRP-4']);
  });

  it('gives the same answer from its header cache after a PRP changes', () => {
    const root = fixture();
    expect(driftHistory(root).entries).toHaveLength(5);
    writeTree(root, {
      'PRPs/PRP-6-draft.md': prp(
        'PRP-6',
        'drift_justification:\n  drift_score: 3\n  decision: accept\n  reason: fine\n  date: 2026-11-05T00:00:00Z\n',
        'status: executed\n',
      ),
    });
    expect(driftHistory(root).entries[0]?.prpId).toBe('PRP-6');
  });
});

describe('drift summary', () => {
  it('matches the figures computed by hand from the fixture', () => {
    const s = driftSummary(fixture());
    expect(s.totalPrps).toBe(6); // PRP-1..6; the malformed PRP-7 and PRP-8 are left out
    expect(s.withDecisions).toBe(5);
    expect([s.accepted, s.rejected, s.autoFixed, s.updatedExamples]).toEqual([2, 1, 1, 1]);
    expect(s.avgDriftScore).toBe(23.6); // (8 + 42 + 25 + 31 + 12) / 5
    expect(s.distribution).toEqual({ '0-10': 1, '10-30': 2, '30-100': 2 });
    expect(s.topCategories[0]).toEqual({ category: 'naming', count: 4, avgScore: 27 }); // 8, 60, 10, 30
    expect(s.recurringReasons).toEqual([{ reason: 'Same pattern', count: 3 }]);
    expect(s.trend.map((t) => [t.date, t.decisions, t.avgDriftScore])).toEqual([
      ['2026-11-01', 1, 8],
      ['2026-11-02', 1, 25],
      ['2026-11-03', 2, 36.5],
      ['2026-11-04', 1, 12],
    ]);
    expect(s.warnings).toHaveLength(2);
  });

  it('reports no average when no PRP has a decision', () => {
    const root = useTempDir();
    writeTree(root, { 'PRPs/PRP-1-a.md': prp('PRP-1', '') });
    expect(driftSummary(root)).toMatchObject({ totalPrps: 1, withDecisions: 0, avgDriftScore: null });
  });
});

describe('drift show and compare', () => {
  it('compares two PRPs category by category', () => {
    const c = driftCompare(fixture(), 'PRP-1', 'PRP-4');
    expect(c.scoreDelta).toBe(23);
    expect(c.decisionChanged).toBe(true);
    expect(c.categories.find((x) => x.category === 'async-style')).toEqual({ category: 'async-style', a: 0, b: 50, delta: 50 });
  });

  it('exits 2 for an unknown or invalid PRP id', () => {
    const root = fixture();
    expect(() => driftShow(root, 'PRP-42')).toThrow(/no PRP PRP-42/);
    expect(() => driftShow(root, 'prp-1')).toThrow(/not a PRP id/);
    try {
      driftShow(root, 'PRP-42');
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
  });
});

describe('recording a decision', () => {
  it('changes only the drift_justification field of the PRP and logs the decision', async () => {
    const root = useTempDir();
    const before =
      '---\n# owner: team-a\nprp_id: PRP-9\nname: "Keep my quotes"\nstatus: executed   # done\n---\n\n## Goal\nBody stays byte for byte.\n';
    writeTree(root, { 'PRPs/PRP-9-x.md': before });
    const recorded = await recordDriftDecision(
      root,
      {
        driftScore: 34.56,
        decision: 'accept',
        reason: 'streaming needs callbacks',
        categoryBreakdown: { 'async-style': 60 },
        approvedBy: 'dana',
        date: '2026-11-24T08:00:00Z',
      },
      { prp: 'PRPs/PRP-9-x.md' },
    );
    const after = readFileSync(join(root, 'PRPs/PRP-9-x.md'), 'utf8');
    expect(
      after.startsWith('---\n# owner: team-a\nprp_id: PRP-9\nname: "Keep my quotes"\nstatus: executed   # done\ndrift_justification:\n'),
    ).toBe(true);
    expect(after.endsWith('---\n\n## Goal\nBody stays byte for byte.\n')).toBe(true);
    expect(recorded.justification.drift_score).toBe(34.6);
    expect(driftShow(root, 'PRP-9').drift).toMatchObject({
      driftScore: 34.6,
      decision: 'accept',
      reason: 'streaming needs callbacks',
      approvedBy: 'dana',
    });
    expect(readDriftLog(root, 'PRP-9')).toEqual([expect.objectContaining({ prpId: 'PRP-9', decision: 'accept', driftScore: 34.6 })]);
  });

  it('refuses to accept drift without a reason', async () => {
    await expect(recordDriftDecision(useTempDir(), { driftScore: 40, decision: 'accept', reason: ' ' })).rejects.toThrow(/needs a reason/);
  });
});
