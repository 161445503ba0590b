import { loadConfig } from '@ce/core';
import type { DriftBand } from '@ce/drift';
import type { MemoryRecord } from '@ce/state';
import { diffSinceSync } from '../indexer/index-diff.js';
import { readSymbols } from '../indexer/index-store.js';
import { commitsSince, headCommit, isGitRepo, uncommittedChanges, type WorkingTreeChange } from '../git/git-info.js';
import { checkMemory, type MemoryReferenceCheck } from '../memory/memory-references.js';
import { CodeIndex } from '../query/code-index.js';
import { isDependencyManifest } from './dependency-manifests.js';

export type HealthPartName = 'files' | 'memories' | 'dependencies' | 'uncommitted';

/** One measured part of the health score. */
export interface HealthPart {
  name: HealthPartName;
  /** Share of the total score (the weights add up to 100). */
  weight: number;
  /** This part on its own, 0–100. */
  score: number;
  /** What was counted. */
  count: number;
  /** Out of how many. */
  of: number;
  detail: string;
}

export interface HealthReport {
  root: string;
  /** 0–100 on the drift scale: 0 = the index and memories match the code. */
  score: number;
  band: DriftBand;
  threshold: number;
  /** score < threshold. */
  passed: boolean;
  parts: HealthPart[];
  index: { exists: boolean; syncedAt: string | null; ageSeconds: number | null; commit: string | null; files: number };
  git: {
    repository: boolean;
    head: string | null;
    clean: boolean | null;
    commitsSinceSync: number | null;
    uncommitted: WorkingTreeChange[];
  };
  changes: { added: string[]; modified: string[]; deleted: string[] };
  dependencyChanges: string[];
  memories: { total: number; stale: MemoryReferenceCheck[] };
  recommendations: string[];
}

export interface HealthOptions {
  /** Override `context.healthThreshold`. */
  threshold?: number;
  /** Memories to check (default: the configured memory store). */
  memories?: MemoryRecord[];
}

const WEIGHTS: Record<HealthPartName, number> = { files: 35, memories: 35, dependencies: 15, uncommitted: 15 };

/**
 * Measures how far the code index and the memories have drifted from the code, as one score on
 * the drift scale: files changed since the last sync (share of the indexed files, 25 % or more =
 * 100), memories whose referenced files or symbols are gone or changed (share of memories),
 * dependency manifests changed since the last sync (50 each), and uncommitted changes (share of
 * files, 10 % or at least 5 files = 100), weighted 35 / 35 / 15 / 15. Read-only.
 */
export async function contextHealth(root: string, options: HealthOptions = {}): Promise<HealthReport> {
  const { config } = loadConfig(root);
  const threshold = options.threshold ?? config.context.healthThreshold;
  const [diff, head, uncommitted] = await Promise.all([diffSinceSync(root), headCommit(root), uncommittedChanges(root)]);
  const manifest = diff.manifest;
  const indexedFiles = manifest ? Object.keys(manifest.files).length : 0;
  const changedCount = diff.added.length + diff.modified.length + diff.deleted.length;
  const base = Math.max(1, manifest ? indexedFiles : diff.scan.files.length);

  const filesScore = manifest ? Math.min(100, (100 * changedCount) / Math.max(1, base * 0.25)) : 100;
  const dependencyChanges = manifest ? [...diff.added, ...diff.modified, ...diff.deleted].filter(isDependencyManifest).sort() : [];

  const memories = options.memories ?? (await loadMemories(root));
  const symbols = manifest ? readSymbols(root) : null;
  const index = manifest && symbols ? CodeIndex.open(root) : null;
  const goneFiles = new Set(diff.deleted);
  const checks = memories.map((memory) => checkMemory(root, memory, index, goneFiles));
  const stale = checks.filter((check) => check.stale);

  const dirty = uncommitted ?? [];
  const uncommittedScore = Math.min(100, (100 * dirty.length) / Math.max(5, base * 0.1));

  const parts: HealthPart[] = [
    {
      name: 'files',
      weight: WEIGHTS.files,
      score: round(filesScore),
      count: manifest ? changedCount : diff.scan.files.length,
      of: base,
      detail: manifest ? `${changedCount} of ${indexedFiles} files changed since the last sync` : 'never synced: no index yet',
    },
    {
      name: 'memories',
      weight: WEIGHTS.memories,
      score: round(memories.length === 0 ? 0 : (100 * stale.length) / memories.length),
      count: stale.length,
      of: memories.length,
      detail: `${stale.length} of ${memories.length} memories refer to files or symbols that are gone or changed`,
    },
    {
      name: 'dependencies',
      weight: WEIGHTS.dependencies,
      score: round(Math.min(100, 50 * dependencyChanges.length)),
      count: dependencyChanges.length,
      of: diff.scan.files.filter((f) => isDependencyManifest(f.path)).length,
      detail:
        dependencyChanges.length > 0
          ? `dependency manifests changed: ${dependencyChanges.join(', ')}`
          : 'no dependency manifest changed since the last sync',
    },
    {
      name: 'uncommitted',
      weight: WEIGHTS.uncommitted,
      score: round(uncommittedScore),
      count: dirty.length,
      of: base,
      detail: uncommitted === null ? 'not a git repository' : `${dirty.length} uncommitted changes`,
    },
  ];
  // The drift scale is loaded on use, so that `ce context sync` and the queries start faster.
  const { driftBand, normalizeDriftScore } = await import('@ce/drift');
  const score = normalizeDriftScore(parts.reduce((sum, part) => sum + (part.weight * part.score) / 100, 0));
  const syncedAt = manifest?.syncedAt ?? null;
  const ageSeconds = syncedAt ? Math.max(0, Math.round((Date.now() - Date.parse(syncedAt)) / 1000)) : null;
  const commitsSinceSync = manifest?.commit && head ? await commitsSince(root, manifest.commit) : null;

  const recommendations: string[] = [];
  if (!manifest) recommendations.push('run `ce context sync` to build the code index');
  else if (changedCount > 0 || (commitsSinceSync ?? 0) > 0) {
    recommendations.push(
      `run \`ce context sync\`: ${changedCount} files changed${commitsSinceSync ? ` and ${commitsSinceSync} commits were made` : ''} since the last sync`,
    );
  }
  if (stale.length > 0) {
    recommendations.push(
      `review the memories ${stale
        .slice(0, 5)
        .map((s) => s.id)
        .join(
          ', ',
        )}${stale.length > 5 ? ' …' : ''}: the code they describe is gone or changed; \`ce context prune\` removes those whose code is gone`,
    );
  }
  if (dependencyChanges.length > 0) recommendations.push('dependencies changed: re-check library docs and the PRPs that rely on them');
  if (dirty.length > 0)
    recommendations.push(`commit or stash the ${dirty.length} uncommitted changes before generating or executing a PRP`);
  if (ageSeconds !== null && ageSeconds > 7 * 86_400) recommendations.push(`the index is ${Math.floor(ageSeconds / 86_400)} days old`);

  return {
    root,
    score,
    band: driftBand(score, { acceptBelow: Math.min(10, threshold), escalateAt: threshold }),
    threshold,
    passed: score < threshold,
    parts,
    index: { exists: manifest !== null, syncedAt, ageSeconds, commit: manifest?.commit ?? null, files: indexedFiles },
    git: {
      repository: isGitRepo(root),
      head,
      clean: uncommitted === null ? null : dirty.length === 0,
      commitsSinceSync,
      uncommitted: dirty.slice(0, 100),
    },
    changes: { added: diff.added.slice(0, 200), modified: diff.modified.slice(0, 200), deleted: diff.deleted.slice(0, 200) },
    dependencyChanges,
    memories: { total: memories.length, stale },
    recommendations,
  };
}

/** Every memory of the configured store (file folder or MCP server). */
export async function loadMemories(root: string): Promise<MemoryRecord[]> {
  // Loaded on use: `ce context sync` and the queries never pay for the memory backends.
  const { createMemoryStore } = await import('@ce/state');
  const store = createMemoryStore(root);
  try {
    return await store.list();
  } finally {
    await store.close();
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
