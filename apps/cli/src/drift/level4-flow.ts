// `ce validate --level 4|all` calls runLevel4Flow and uses the returned result (the JSON document of
// level 4) and exit code (0 accept/auto-fix, 3 halt). The decisions live in @ce/execute's
// decideLevel4 (shared with `ce execute` and the MCP tools); this file only talks to a person.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { decideLevel4, type DriftDecision, type DriftDecisionRequest, type Level4Result } from '@ce/execute';
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

/** L4 through the shared decision flow; at or above the escalation threshold a person on a terminal decides. */
export async function runLevel4Flow(command: BaseCommand, options: Level4FlowOptions): Promise<Level4Result> {
  const output = options.io?.output ?? process.stderr;
  const width = (output as { columns?: number }).columns ?? 100;
  const outcome = await decideLevel4({
    root: options.root,
    prp: options.prp,
    examples: options.examples,
    files: options.files,
    ...(options.interactive ? { decide: (request: DriftDecisionRequest) => askPerson(request, options, output, width) } : {}),
  });
  if (!command.jsonEnabled()) explain(outcome, output, width);
  return outcome;
}

/** Human lines on stderr (stdout carries the result), never under --json. */
function explain(outcome: Level4Result, output: Writable, width: number): void {
  const { result } = outcome;
  const { resolution } = result;
  if (resolution.decision === 'auto-fix')
    output.write(`L4 drift ${result.driftScore} → ${resolution.scoreAfter ?? '?'} after auto-fix: ${resolution.reason}\n`);
  if (resolution.warning) {
    output.write(`warning: L4 drift ${result.driftScore}: ${resolution.reason}\n`);
    output.write(`${renderSideBySide(result.findings, [], width, 4)}\n`);
  }
  if (resolution.decision === 'halt')
    output.write(
      `L4 ${resolution.reason}\n${renderSideBySide(result.findings, [], width)}\nrun it on a terminal to decide, or record a decision in the PRP header (drift_justification)\n`,
    );
  else if (['accept', 'reject', 'update-examples'].includes(resolution.decision) && !resolution.warning && resolution.recordedIn)
    output.write(`recorded ${resolution.decision} in ${resolution.recordedIn} (drift_justification)\n`);
}

async function askPerson(
  request: DriftDecisionRequest,
  options: Level4FlowOptions,
  output: Writable,
  width: number,
): Promise<DriftDecision | undefined> {
  const { report } = request;
  output.write(
    `\nL4 pattern drift ${report.driftScore} (escalate at ${request.escalateAt}): ${request.categories.map((c) => `${c} ${report.categoryBreakdown[c]}`).join(', ')}\n\n`,
  );
  output.write(`${renderSideBySide(report.findings, request.related, width)}\n\n`);
  const rl = createInterface({ input: options.io?.input ?? process.stdin, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string | undefined> => {
    output.write(question);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  try {
    for (;;) {
      const answer = (await ask('[a]ccept with a reason, [r]eject, [u]pdate EXAMPLES? '))?.toLowerCase();
      if (answer === undefined) return undefined;
      const decision = CHOICES.find((c) => answer.startsWith(c[0] ?? ''));
      if (!decision) continue;
      let reason = '';
      while (!reason) {
        const given = await ask(QUESTIONS[decision]);
        if (given === undefined) return undefined;
        reason = given;
      }
      return { decision, reason };
    }
  } finally {
    rl.close();
  }
}

const CHOICES = ['accept', 'reject', 'update-examples'] as const;
const QUESTIONS: Record<(typeof CHOICES)[number], string> = {
  accept: 'Why is this divergence acceptable? ',
  reject: 'Why is it rejected? ',
  'update-examples': 'What changes in the EXAMPLES? ',
};
