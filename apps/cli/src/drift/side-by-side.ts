import type { ConformanceFinding } from '@ce/validate';
import type { DriftHistoryEntry } from '@ce/drift';

function fit(text: string, width: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > width ? `${t.slice(0, Math.max(0, width - 1))}…` : t.padEnd(width);
}

/**
 * The findings as two columns: what the implementation does (left) and what the examples do
 * (right), then the last related decisions from the history.
 */
export function renderSideBySide(findings: ConformanceFinding[], related: DriftHistoryEntry[], width = 100, limit = 8): string {
  const col = Math.max(30, Math.floor((width - 3) / 2));
  const lines: string[] = [];
  lines.push(`${fit('implementation', col)} │ ${fit('examples', col)}`);
  lines.push(`${'─'.repeat(col)}─┼─${'─'.repeat(col)}`);
  for (const f of findings.slice(0, limit)) {
    lines.push(`${fit(`${f.file}:${f.line} ${f.category}`, col)} │ ${fit(`expected ${f.expected}`, col)}`);
    lines.push(`${fit(`  ${f.found}`, col)} │ ${fit(`  ${f.evidence}`, col)}`);
  }
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more findings (--json shows all)`);
  if (related.length) {
    lines.push('');
    lines.push('Earlier decisions about the same categories:');
    for (const r of related)
      lines.push(`  ${r.date?.slice(0, 10) ?? '(undated)'}  ${r.prpId}  ${r.driftScore}  ${r.decision}: ${r.reason}`);
  }
  return lines.join('\n');
}
