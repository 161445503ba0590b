import type { ConformanceFinding } from './index.js';
import type { CategoryScore, StyleDistribution } from './score.js';

const KIND_LABEL: Record<string, string> = {
  function: 'function names',
  variable: 'variable names',
  class: 'class and type names',
  constant: 'constant names',
  file: 'file names',
};

function dominant(d: StyleDistribution): [string, number] {
  return [...d.counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['?', 0];
}

/** Findings for the categories that drift: each foreign observation, with the examples' evidence. */
export function buildFindings(categories: CategoryScore[], perCategory = 10): ConformanceFinding[] {
  const findings: ConformanceFinding[] = [];
  for (const c of categories) {
    if (c.score <= 0) continue;
    const foreign = c.scored
      .filter((s) => s.foreignness > 0)
      .sort((a, b) => b.foreignness - a.foreignness || a.file.localeCompare(b.file) || a.observation.line - b.observation.line);
    for (const s of foreign.slice(0, perCategory)) {
      const [style, count] = dominant(s.expected);
      const what = s.observation.kind ? ` ${KIND_LABEL[s.observation.kind] ?? s.observation.kind}` : '';
      const ev = s.expected.evidence.get(style);
      findings.push({
        category: c.category,
        file: s.file,
        line: s.observation.line,
        expected: `${style}${what} (${count} of ${s.expected.total} in the examples)`,
        found: `${s.observation.styles.join(' / ')}${s.observation.name ? ` "${s.observation.name}"` : ''}: ${s.observation.evidence}`,
        evidence: ev ? `${ev.file}:${ev.line}: ${ev.text}` : '',
      });
    }
  }
  return findings;
}
