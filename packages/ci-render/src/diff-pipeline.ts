import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '@ce/core';
import { resolveExecutor, type ExecutorExtension } from './executors.js';
import { loadPipelineFile, type PipelineFileOptions } from './pipeline-file.js';

export interface DiffOptions extends PipelineFileOptions {
  /** Targets to compare (default: github and gitlab). */
  targets?: string[];
  /** The rendered file to compare with (only with one target; default: the executor's defaultOutput under root). */
  against?: string;
  extensions?: readonly ExecutorExtension[];
}

export interface TargetDiff {
  target: string;
  /** The file on disk, relative to the root. */
  file: string;
  status: 'up-to-date' | 'different' | 'missing';
  /** A unified-style line diff (on disk → rendered), empty when up to date. */
  diff: string;
}

export interface DiffResult {
  source: string;
  upToDate: boolean;
  targets: TargetDiff[];
}

/** A small line diff: enough to show what changed, without a dependency. */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // LCS table on lines; rendered CI files are small (thousands of lines at most).
  const n = a.length;
  const m = b.length;
  if (n * m > 25_000_000) return `--- on disk (${n} lines)\n+++ rendered (${m} lines)\n(too large to diff line by line)`;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const ops: { op: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  const at = (x: number, y: number): number => (lcs[x] as Uint32Array)[y] as number;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: ' ', text: a[i] as string });
      i++;
      j++;
    } else if (j < m && (i >= n || at(i, j + 1) > at(i + 1, j))) {
      ops.push({ op: '+', text: b[j++] as string });
    } else {
      ops.push({ op: '-', text: a[i++] as string });
    }
  }
  const keep = ops.map((o, k) => o.op !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '));
  const lines: string[] = ['--- on disk', '+++ rendered'];
  let skipped = false;
  ops.forEach((o, k) => {
    if (keep[k]) {
      lines.push(`${o.op}${o.text}`);
      skipped = false;
    } else if (!skipped) {
      lines.push('@@');
      skipped = true;
    }
  });
  return lines.join('\n');
}

/** Renders a pipeline for each target and compares with the files on disk (for a CI check: exit 1 when different). */
export async function diffPipelineFile(file: string | undefined, options: DiffOptions = {}): Promise<DiffResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const loaded = loadPipelineFile(file, options);
  const targets = options.targets && options.targets.length > 0 ? options.targets : ['github', 'gitlab'];
  if (options.against && targets.length !== 1) {
    throw new UsageError('diff-against', 'give exactly one --target together with --against', {
      hint: 'e.g. ce ci diff ci/pipeline.yml --target github --against .github/workflows/ci.yml',
    });
  }
  const results: TargetDiff[] = [];
  for (const target of targets) {
    const executor = await resolveExecutor(target, { extensions: options.extensions, root });
    const onDisk = options.against
      ? resolve(cwd, options.against)
      : executor.defaultOutput
        ? resolve(root, executor.defaultOutput)
        : undefined;
    if (!onDisk) {
      throw new UsageError('diff-no-output', `CI target "${target}" has no default output file`, { hint: 'name the file with --against' });
    }
    const rendered = executor.render(loaded.plan, { source: loaded.source });
    const display = relative(root, onDisk).split(sep).join('/');
    let current: string | undefined;
    try {
      current = readFileSync(onDisk, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === undefined) results.push({ target: executor.name, file: display, status: 'missing', diff: lineDiff('', rendered) });
    else if (current === rendered) results.push({ target: executor.name, file: display, status: 'up-to-date', diff: '' });
    else results.push({ target: executor.name, file: display, status: 'different', diff: lineDiff(current, rendered) });
  }
  return { source: loaded.source, upToDate: results.every((r) => r.status === 'up-to-date'), targets: results };
}
