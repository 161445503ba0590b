import { join, relative } from 'node:path';
import { ensureRunsFolder, isoNow, redactSecrets, writeFileAtomic } from '@ce/core';
import type { Escalation } from './types.js';

const TITLES: Record<Escalation['trigger'], string> = {
  'repeated-failure': 'The same failure after every attempt',
  'no-change': 'A fix attempt changed nothing',
  'unparsed-diagnostics': 'A gate failed with output ce cannot parse',
  'tool-missing': 'A gate needs a program that is not installed here',
  drift: 'Pattern drift at or above the escalation threshold',
  'dependency-change': 'Dependency or lock file changes the PRP did not ask for',
  secret: 'A secret in the diff',
  'dangerous-command': 'A dangerous command in the diff',
  'shell-injection': 'Code that builds shell commands or evaluates input',
  'disabled-check': 'Tests or checks disabled, skipped or deleted',
};

/** The command that resumes after a person decided. */
export function decisionHint(prpPath: string): string {
  return `review the report, then: ce execute ${prpPath} --continue --decision accept|reject --reason "…"`;
}

/**
 * Writes `.ce/runs/<run-id>/report.md`: what triggered the escalation, where, the findings and
 * diagnostics, and how to resume. Secrets are redacted; findings quote the rule, never the value.
 */
export function writeEscalationReport(
  root: string,
  input: { runId: string; prpId: string; prpPath: string; escalation: Omit<Escalation, 'report' | 'hint'> },
): string {
  const file = join(ensureRunsFolder(root), input.runId, 'report.md');
  const { escalation } = input;
  const lines = [
    `# Escalation: ${TITLES[escalation.trigger]}`,
    '',
    `- PRP: ${input.prpId} (${input.prpPath})`,
    `- Run: ${input.runId}`,
    `- Step: ${escalation.step}`,
    `- Trigger: \`${escalation.trigger}\``,
    `- Date: ${isoNow()}`,
    '',
    escalation.message,
  ];
  if (escalation.findings.length > 0) {
    lines.push('', '## Findings', '', '| file | line | kind | what |', '|---|---|---|---|');
    for (const f of escalation.findings) lines.push(`| ${f.file} | ${f.line || ''} | ${f.trigger} | ${f.message.replace(/\|/g, '\\|')} |`);
  }
  if (escalation.diagnostics.length > 0) {
    lines.push('', '## Diagnostics (last attempt)', '');
    for (const d of escalation.diagnostics.slice(0, 50))
      lines.push(`- \`${d.file || '(no file)'}${d.line ? `:${d.line}` : ''}\` ${d.tool}${d.rule ? ` ${d.rule}` : ''}: ${d.message}`);
  }
  lines.push(
    '',
    '## What now',
    '',
    `- Accept (the work stands as it is; the reason is recorded): \`ce execute ${input.prpPath} --continue --decision accept --reason "…"\``,
    `- Reject (the execution stops; nothing is undone): \`ce execute ${input.prpPath} --continue --decision reject --reason "…"\``,
    '- Or fix it yourself and run `ce execute … --continue --decision accept --reason "fixed by hand"`.',
    '',
  );
  writeFileAtomic(file, redactSecrets(lines.join('\n')));
  return relative(root, file);
}
