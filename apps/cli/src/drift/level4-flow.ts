// CONTRACT between `ce validate` (issue 4, commands/validate.ts) and the L4 decision flow
// (issue 5, which owns this file): `ce validate --level 4|all` calls runLevel4Flow and uses the
// returned result (the JSON document of level 4) and exit code (0 accept/auto-fix, 3 halt/escalate).
import { createInterface } from 'node:readline/promises';
import { userInfo } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { recordDriftDecision, relatedDecisions, type DriftDecisionInput } from '@ce/drift';
import { analyzeConformance, fixNaming, type ConformanceReport } from '@ce/validate';
import type { BaseCommand } from '../base-command.js';
import { renderSideBySide } from './side-by-side.js';

export interface Level4FlowOptions {
  root: string;
  prp?: string;
  examples?: string[];
  files?: string[];
  /** True when the user can be asked (a TTY and not --json). */
  interactive: boolean;
  /** Where questions are read and shown (default stdin / stderr). */
  io?: { input: Readable; output: Writable };
}

export interface Level4FlowResult {
  /** The level-4 JSON document (`{"level":4,"driftScore",…}`). */
  result: Record<string, unknown>;
  /** Whether level 4 counts as passed for confidence. */
  passed: boolean;
  exitCode: number;
}

/** What was done about the drift, added to the level-4 document as `resolution`. */
interface Resolution {
  decision: 'accept' | 'auto-fix' | 'reject' | 'update-examples' | 'halt';
  reason: string;
  /** The PRP whose header got `drift_justification`, or null (decision only logged / not recorded). */
  recordedIn: string | null;
  renames?: { kind: string; from: string; to: string; files: string[] }[];
  /** After an auto-fix: the drift score and findings of the fixed files. */
  scoreAfter?: number;
  findingsAfter?: ConformanceReport['findings'];
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

function document(report: ConformanceReport, resolution: Resolution): Record<string, unknown> {
  return { ...report, resolution };
}

/**
 * L4 with the decision flow of DESIGN.md: below `drift.acceptBelow` accept; up to
 * `drift.escalateAt` apply the safe mechanical fix (renaming identifiers to the examples'
 * conventions) when there is one, else accept with a warning; at or above it halt: on a terminal
 * the user sees the findings beside the examples' evidence and the last related decisions and
 * chooses accept (with a reason), reject or update EXAMPLES; without one it exits 3 with the report.
 * Every decision is written to the PRP header as `drift_justification` (with --prp) and logged.
 */
export async function runLevel4Flow(command: BaseCommand, options: Level4FlowOptions): Promise<Level4FlowResult> {
  const { root } = options;
  // Human lines go to stderr (stdout carries the result), never under --json.
  const say = (text: string): void => {
    if (!command.jsonEnabled()) (options.io?.output ?? process.stderr).write(`${text}\n`);
  };
  const target = { root, prp: options.prp, examples: options.examples, files: options.files };
  const analysis = await analyzeConformance(target);
  const report = analysis.report;
  const record = async (
    decision: DriftDecisionInput['decision'],
    reason: string,
    approvedBy: string,
    rep = report,
  ): Promise<string | null> =>
    (await recordDriftDecision(root, decisionInput(rep, decision, reason, approvedBy), { prp: options.prp })).prpFile;

  if (report.decision === 'accept') {
    return {
      result: document(report, {
        decision: 'accept',
        reason: `drift ${report.driftScore} is below ${analysis.thresholds.acceptBelow}`,
        recordedIn: null,
      }),
      passed: true,
      exitCode: 0,
    };
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
      const resolution: Resolution = {
        decision: 'auto-fix',
        reason,
        recordedIn,
        renames: fix.renames,
        scoreAfter: after.driftScore,
        findingsAfter: after.findings,
      };
      say(`L4 drift ${report.driftScore} → ${after.driftScore} after auto-fix: ${reason}`);
      if (after.decision === 'escalate') return escalate(command, after, options, analysis.thresholds.escalateAt, resolution);
      // The document keeps the drift that was measured (and the band that decided the fix).
      return { result: document(report, resolution), passed: true, exitCode: 0 };
    }
    const drifting = Object.entries(report.categoryBreakdown)
      .filter(([, v]) => v > 0)
      .map(([k]) => k);
    const reason = `accepted with a warning: no safe mechanical fix for ${drifting.join(', ') || 'the findings'}`;
    const recordedIn = await record('accept', reason, 'ce (warning)');
    say(`warning: L4 drift ${report.driftScore}: ${reason}`);
    say(renderSideBySide(report.findings, [], (process.stderr as { columns?: number }).columns ?? 100, 4));
    return { result: document(report, { decision: 'accept', reason, recordedIn }), passed: true, exitCode: 0 };
  }

  return escalate(command, report, options, analysis.thresholds.escalateAt);
}

async function escalate(
  command: BaseCommand,
  report: ConformanceReport,
  options: Level4FlowOptions,
  escalateAt: number,
  previous?: Resolution,
): Promise<Level4FlowResult> {
  const { root } = options;
  if (!options.interactive) {
    const reason = `drift ${report.driftScore} is at or above ${escalateAt}: a person must accept (with a reason), reject, or update the EXAMPLES`;
    if (!command.jsonEnabled()) {
      const out = options.io?.output ?? process.stderr;
      out.write(
        `L4 ${reason}\n${renderSideBySide(report.findings, [], (process.stderr as { columns?: number }).columns ?? 100)}\nrun it on a terminal to decide, or record a decision in the PRP header (drift_justification)\n`,
      );
    }
    return { result: document(report, { ...(previous ?? {}), decision: 'halt', reason, recordedIn: null }), passed: false, exitCode: 3 };
  }
  const input = options.io?.input ?? process.stdin;
  const output = options.io?.output ?? process.stderr;
  const width = (output as { columns?: number }).columns ?? 100;
  const categories = Object.entries(report.categoryBreakdown)
    .filter(([, v]) => v > 0)
    .map(([k]) => k);
  output.write(
    `\nL4 pattern drift ${report.driftScore} (escalate at ${escalateAt}): ${categories.map((c) => `${c} ${report.categoryBreakdown[c]}`).join(', ')}\n\n`,
  );
  output.write(`${renderSideBySide(report.findings, relatedDecisions(root, categories), width)}\n\n`);
  const rl = createInterface({ input, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string | undefined> => {
    output.write(question);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  try {
    for (;;) {
      const answer = (await ask('[a]ccept with a reason, [r]eject, [u]pdate EXAMPLES? '))?.toLowerCase();
      if (answer === undefined) {
        return {
          result: document(report, { decision: 'halt', reason: 'no answer (input closed)', recordedIn: null }),
          passed: false,
          exitCode: 3,
        };
      }
      const choice = answer.startsWith('a')
        ? 'accept'
        : answer.startsWith('r')
          ? 'reject'
          : answer.startsWith('u')
            ? 'update-examples'
            : undefined;
      if (!choice) continue;
      let reason = '';
      while (!reason) {
        const given = await ask(
          choice === 'accept'
            ? 'Why is this divergence acceptable? '
            : choice === 'reject'
              ? 'Why is it rejected? '
              : 'What changes in the EXAMPLES? ',
        );
        if (given === undefined)
          return {
            result: document(report, { decision: 'halt', reason: 'no reason given (input closed)', recordedIn: null }),
            passed: false,
            exitCode: 3,
          };
        reason = given;
      }
      const recorded = await recordDriftDecision(root, decisionInput(report, choice, reason, approver()), { prp: options.prp });
      output.write(`recorded ${choice}${recorded.prpFile ? ` in ${recorded.prpFile} (drift_justification)` : ''}\n`);
      const passed = choice !== 'reject';
      return { result: document(report, { decision: choice, reason, recordedIn: recorded.prpFile }), passed, exitCode: passed ? 0 : 1 };
    }
  } finally {
    rl.close();
  }
}
