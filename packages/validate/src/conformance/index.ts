// L4 pattern conformance (issue 5). CONTRACT between the gates (issue 4) and the conformance
// detector (issue 5): keep these names and shapes. The body is filled in by the issue 5 work.

export type ConformanceDecision = 'accept' | 'auto-fix' | 'escalate';

export interface ConformanceFinding {
  category: string;
  file: string;
  line: number;
  expected: string;
  found: string;
  evidence: string;
}

export interface ConformanceReport {
  level: 4;
  driftScore: number;
  decision: ConformanceDecision;
  categoryBreakdown: Record<string, number>;
  findings: ConformanceFinding[];
  examples: string[];
  files: string[];
}

export interface ConformanceOptions {
  root: string;
  /** A PRP file: examples from EXAMPLES / All Needed Context, files from the blueprint. */
  prp?: string;
  examples?: string[];
  files?: string[];
}

export async function checkConformance(_options: ConformanceOptions): Promise<ConformanceReport> {
  throw new Error('checkConformance: not implemented yet (issue 5)');
}
