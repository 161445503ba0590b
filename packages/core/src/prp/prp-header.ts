/** The drift decision recorded in a PRP header (DESIGN.md, "PRP format"). */
export interface DriftJustification {
  drift_score: number;
  decision: 'accept' | 'reject' | 'auto-fix' | 'update-examples';
  reason: string;
  category_breakdown?: Record<string, number>;
  alternatives_considered?: string[];
  approved_by?: string;
  date?: string;
  references?: string[];
}

export interface LevelValidation {
  passed: boolean;
  attempts?: number;
  date?: string;
}

export type PrpStatus = 'draft' | 'ready' | 'in-progress' | 'executed' | 'validated' | 'archived';

/** The normalised PRP header: every known field typed, unknown fields kept in `extra`. */
export interface PrpHeader {
  prp_id?: string;
  name?: string;
  description?: string;
  status?: PrpStatus | string;
  created_date?: string;
  last_updated?: string;
  complexity?: string;
  template?: string;
  priority?: string;
  risk?: string;
  effort_hours?: number;
  dependencies?: string[];
  parent_prp?: string | null;
  confidence?: string;
  validation?: Record<string, LevelValidation>;
  context_sync?: string;
  docs?: unknown;
  files_touched?: string[];
  checkpoints?: string[];
  drift_justification?: DriftJustification;
  extra: Record<string, unknown>;
}

const KNOWN = new Set([
  'prp_id',
  'name',
  'description',
  'status',
  'created_date',
  'last_updated',
  'complexity',
  'template',
  'priority',
  'risk',
  'effort_hours',
  'dependencies',
  'parent_prp',
  'confidence',
  'validation',
  'context_sync',
  'docs',
  'files_touched',
  'checkpoints',
  'drift_justification',
]);

const DECISION_ALIASES: Record<string, DriftJustification['decision']> = {
  accept: 'accept',
  accepted: 'accept',
  reject: 'reject',
  rejected: 'reject',
  'auto-fix': 'auto-fix',
  autofix: 'auto-fix',
  auto_fix: 'auto-fix',
  'auto-fixed': 'auto-fix',
  fix: 'auto-fix',
  'update-examples': 'update-examples',
  update_examples: 'update-examples',
  'examples-updated': 'update-examples',
};

export function normalizeDecision(value: unknown): DriftJustification['decision'] | undefined {
  return typeof value === 'string' ? DECISION_ALIASES[value.trim().toLowerCase()] : undefined;
}

/**
 * Maps a raw header onto the schema. A legacy `drift_decision` block (`score`, `action`,
 * `justification`, `timestamp`, `category_breakdown`, `reviewer`) becomes `drift_justification`.
 */
function isScalar(value: unknown): value is string | number | boolean | bigint {
  return ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}

export function normalizePrpHeader(raw: Record<string, unknown>): PrpHeader {
  const header: PrpHeader = { extra: {} };
  for (const [key, value] of Object.entries(raw)) {
    if (KNOWN.has(key)) (header as unknown as Record<string, unknown>)[key] = value;
    else if (key !== 'drift_decision') header.extra[key] = value;
  }
  // A scalar id is text ("3" and 3 alike); a mapping or a list is no id at all (String() of
  // `{toString: null}` throws): the PRP then goes by its file name, and ce prp check's schema
  // reports the field.
  if (header.prp_id !== undefined) header.prp_id = isScalar(header.prp_id) ? String(header.prp_id) : undefined;
  if (typeof header.dependencies === 'string') header.dependencies = [header.dependencies];
  if (typeof header.effort_hours === 'string') header.effort_hours = Number.parseFloat(header.effort_hours);
  const current = raw['drift_justification'];
  if (current && typeof current === 'object') header.drift_justification = mapDrift(current as Record<string, unknown>);
  const legacy = raw['drift_decision'];
  if (!header.drift_justification && legacy && typeof legacy === 'object') {
    const l = legacy as Record<string, unknown>;
    header.drift_justification = mapDrift({
      drift_score: l['score'] ?? l['drift_score'],
      decision: l['action'] ?? l['decision'],
      reason: l['justification'] ?? l['reason'],
      category_breakdown: l['category_breakdown'],
      approved_by: l['reviewer'] ?? l['approved_by'],
      date: l['timestamp'] ?? l['date'],
      references: l['references'],
      alternatives_considered: l['alternatives_considered'],
    });
  }
  return header;
}

function mapDrift(d: Record<string, unknown>): DriftJustification {
  const score = typeof d['drift_score'] === 'number' ? d['drift_score'] : Number.parseFloat(String(d['drift_score'] ?? 'NaN'));
  const out: DriftJustification = {
    drift_score: score,
    decision: normalizeDecision(d['decision']) ?? (String(d['decision'] ?? '') as DriftJustification['decision']),
    reason: typeof d['reason'] === 'string' ? d['reason'] : String(d['reason'] ?? ''),
  };
  if (d['category_breakdown'] && typeof d['category_breakdown'] === 'object') {
    out.category_breakdown = Object.fromEntries(
      Object.entries(d['category_breakdown'] as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === 'number' ? v : Number.parseFloat(String(v)),
      ]),
    );
  }
  if (Array.isArray(d['alternatives_considered'])) out.alternatives_considered = d['alternatives_considered'].map(String);
  if (d['approved_by'] !== undefined && d['approved_by'] !== null) out.approved_by = String(d['approved_by']);
  if (d['date'] !== undefined && d['date'] !== null) out.date = d['date'] instanceof Date ? d['date'].toISOString() : String(d['date']);
  if (Array.isArray(d['references'])) out.references = d['references'].map(String);
  return out;
}
