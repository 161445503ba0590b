import { userInfo } from 'node:os';
import { recordDriftDecision, relatedDecisions, type DriftDecisionInput, type DriftHistoryEntry } from '@ce/drift';
import { analyzeConformance, fixNaming, type ConformanceReport } from '@ce/validate';

/** A person's decision about drift at or above the escalation threshold. */
export interface DriftDecision {
  decision: 'accept' | 'reject' | 'update-examples';
  reason: string;
  /** Who decided (default: the user name). */
  approvedBy?: string;
}

/** What a person is shown before deciding. */
export interface DriftDecisionRequest {
  report: ConformanceReport;
  escalateAt: number;
  /** Drifting categories with their scores. */
  categories: string[];
  /** The last decisions about the same categories (for consistency). */
  related: DriftHistoryEntry[];
}

/** What was done about the drift, added to the level-4 document as `resolution`. */
export interface DriftResolution {
  decision: 'accept' | 'auto-fix' | 'reject' | 'update-examples' | 'halt';
  reason: string;
  /** The PRP whose header got `drift_justification`, or null (decision only logged / not recorded). */
  recordedIn: string | null;
  renames?: { kind: string; from: string; to: string; files: string[] }[];
  /** After an auto-fix: the drift score and findings of the fixed files. */
  scoreAfter?: number;
  findingsAfter?: ConformanceReport['findings'];
  /** Accepted with a warning (no safe mechanical fix in the auto-fix band). */
  warning?: boolean;
}

export interface Level4Options {
  root: string;
  prp?: string;
  examples?: string[];
  files?: string[];
  /** A decision already made (`ce execute --decision`); used when the drift escalates. */
  decision?: DriftDecision;
  /** Asks a person when the drift escalates and no decision was given; undefined (or no answer) halts. */
  decide?: (request: DriftDecisionRequest) => Promise<DriftDecision | undefined>;
}

/** `{"level":4,"driftScore",…,"resolution":{…}}`, as `ce validate --level 4 --json` prints it. */
export type Level4Document = ConformanceReport & { resolution: DriftResolution } & Record<string, unknown>;

export interface Level4Result {
  /** The level-4 JSON document: the conformance report with its `resolution`. */
  result: Level4Document;
  /** Whether level 4 counts as passed for confidence. */
  passed: boolean;
  /** 0 accept / auto-fix / accepted, 1 rejected, 3 halted for a person. */
  exitCode: 0 | 1 | 3;
}

/**
 * Level 4 with the decision flow of DESIGN.md: below `drift.acceptBelow` accept; up to
 * `drift.escalateAt` apply the safe mechanical fix (renaming identifiers to the examples'
 * conventions) when there is one, else accept with a warning; at or above it use the decision
 * given, or ask through `decide`, or halt (exit 3). Every decision is written to the PRP header as
 * `drift_justification` (when a PRP is given) and to the drift log.
 */
export async function decideLevel4(options: Level4Options): Promise<Level4Result> {
  const { root } = options;
  const target = { root, prp: options.prp, examples: options.examples, files: options.files };
  const analysis = await analyzeConformance(target);
  const { report, thresholds } = analysis;
  const record = (decision: DriftDecisionInput['decision'], reason: string, approvedBy: string, rep = report) =>
    recordDriftDecision(root, decisionInput(rep, decision, reason, approvedBy), { prp: options.prp }).then((r) => r.prpFile);

  if (report.decision === 'accept') {
    const reason = `drift ${report.driftScore} is below ${thresholds.acceptBelow}`;
    return done(report, { decision: 'accept', reason, recordedIn: null }, true);
  }
  if (report.decision === 'auto-fix') {
    const fix = report.categoryBreakdown['naming'] ? await fixNaming(analysis, root) : undefined;
    if (fix && fix.renames.length > 0) {
      const after = (await analyzeConformance(target)).report;
      const reason = `renamed ${fix.renames.map((r) => `${r.from} → ${r.to}`).join(', ')} to the examples' naming`;
      const recordedIn = await record('auto-fix', reason, 'ce (auto-fix)', {
        ...after,
        categoryBreakdown: report.categoryBreakdown,
        driftScore: report.driftScore,
      });
      const resolution: DriftResolution = {
        decision: 'auto-fix',
        reason,
        recordedIn,
        renames: fix.renames,
        scoreAfter: after.driftScore,
        findingsAfter: after.findings,
      };
      if (after.decision === 'escalate') return escalate(options, after, thresholds.escalateAt, resolution);
      // The document keeps the drift that was measured (and the band that decided the fix).
      return done(report, resolution, true);
    }
    const reason = `accepted with a warning: no safe mechanical fix for ${drifting(report).join(', ') || 'the findings'}`;
    const recordedIn = await record('accept', reason, 'ce (warning)');
    return done(report, { decision: 'accept', reason, recordedIn, warning: true }, true);
  }
  return escalate(options, report, thresholds.escalateAt);
}

async function escalate(
  options: Level4Options,
  report: ConformanceReport,
  escalateAt: number,
  previous?: DriftResolution,
): Promise<Level4Result> {
  const categories = drifting(report);
  const chosen =
    options.decision ?? (await options.decide?.({ report, escalateAt, categories, related: relatedDecisions(options.root, categories) }));
  if (!chosen) {
    const reason = `drift ${report.driftScore} is at or above ${escalateAt}: a person must accept (with a reason), reject, or update the EXAMPLES`;
    return {
      result: { ...report, resolution: { ...(previous ?? {}), decision: 'halt', reason, recordedIn: null } },
      passed: false,
      exitCode: 3,
    };
  }
  const recorded = await recordDriftDecision(
    options.root,
    decisionInput(report, chosen.decision, chosen.reason, chosen.approvedBy ?? approver()),
    { prp: options.prp },
  );
  const passed = chosen.decision !== 'reject';
  return done(report, { decision: chosen.decision, reason: chosen.reason, recordedIn: recorded.prpFile }, passed);
}

function done(report: ConformanceReport, resolution: DriftResolution, passed: boolean): Level4Result {
  return { result: { ...report, resolution }, passed, exitCode: passed ? 0 : 1 };
}

function drifting(report: ConformanceReport): string[] {
  return Object.entries(report.categoryBreakdown)
    .filter(([, v]) => v > 0)
    .map(([k]) => k);
}

function approver(): string {
  try {
    return process.env['USER'] ?? userInfo().username;
  } catch {
    return 'unknown';
  }
}

function decisionInput(
  report: ConformanceReport,
  decision: DriftDecisionInput['decision'],
  reason: string,
  approvedBy: string,
): DriftDecisionInput {
  return {
    driftScore: report.driftScore,
    decision,
    reason,
    categoryBreakdown: report.categoryBreakdown,
    approvedBy,
    references: [...new Set(report.findings.map((f) => f.file))],
  };
}
