import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cePaths, resolveInRepo, withLock, writeFileAtomic } from '@ce/core';
import { extractFeatures } from './extract-features.js';
import { CATEGORIES, type Category, type FileFeatures, type LanguageFamily } from './features.js';
import { exampleDistributions, foreignness, groupKey } from './score.js';
import { sourceFilesUnder } from './resolve-inputs.js';

export interface ExtractedExample {
  category: Category;
  family: LanguageFamily;
  /** The codebase's dominant style in this category, e.g. `await`, `esm`, `camelCase function names`. */
  style: string;
  /** Share of the codebase's observations in that style, 0–1. */
  share: number;
  /** The source file chosen (repo-relative) and where it was copied. */
  file: string;
  target: string;
  /** How many observations of the dominant style the file shows. */
  support: number;
}

export interface ExtractedExamples {
  out: string;
  scannedFiles: number;
  examples: ExtractedExample[];
  written: string[];
  unchanged: string[];
  /** Existing files that differ (kept unless `force`). */
  kept: string[];
}

const MAX_FILES = 5000;

/**
 * The brownfield bootstrap: reads the codebase's source files, finds its dominant style per pattern
 * category (and language), picks per category the file that shows that style best (most
 * observations, none foreign) and copies the picks into `out` (default `examples/`) with a
 * README that says which file shows what. Test files and the output folder are not candidates.
 */
export async function extractExamples(
  root: string,
  options: { out?: string; force?: boolean; dryRun?: boolean } = {},
): Promise<ExtractedExamples> {
  const outRel = (options.out ?? 'examples').replace(/\/+$/, '') || 'examples';
  const outAbs = resolveInRepo(root, outRel, '--out folder');
  const candidates = sourceFilesUnder(root)
    .filter(
      (f) =>
        !f.startsWith(`${outAbs}/`) &&
        !/(?:^|[\\/])(?:tests?|__tests__|spec|fixtures?)[\\/]|\.(?:test|spec)\.[^.]+$|(?:^|[\\/])test_[^\\/]+\.py$/.test(relative(root, f)),
    )
    .slice(0, MAX_FILES);
  const features: FileFeatures[] = [];
  for (const abs of candidates) {
    const f = await extractFeatures(relative(root, abs).split('\\').join('/'), readFileSync(abs, 'utf8'));
    if (f && !f.problem) features.push(f);
  }
  const dists = exampleDistributions(features);
  const picks: ExtractedExample[] = [];
  for (const family of [...new Set(features.map((f) => f.family))].sort()) {
    for (const category of CATEGORIES) {
      const keys = [...dists.keys()].filter((k) => k.startsWith(`${family}|${category}`));
      for (const key of keys) {
        const d = dists.get(key);
        if (!d || d.total < 2) continue;
        const counted = category === 'async-style' ? [...d.counts].filter(([s]) => s !== 'sync') : [...d.counts];
        const [style, n] = counted.sort((a, b) => b[1] - a[1])[0] ?? [];
        if (!style || !n) continue;
        const group = key.split('|')[1] ?? '';
        const kind = category === 'naming' ? group.split(':')[1] : undefined;
        let best: { file: string; support: number } | undefined;
        for (const f of features.filter((x) => x.family === family)) {
          const own = f.observations.filter((o) => groupKey(o) === group);
          if (own.length === 0 || own.some((o) => foreignness(o, d) > 0)) continue;
          const support = own.filter((o) => o.styles.length === 1 && o.styles[0] === style).length;
          if (support > 0 && (!best || support > best.support)) best = { file: f.file, support };
        }
        if (!best) continue;
        picks.push({
          category,
          family,
          style: kind ? `${style} ${kind} names` : group.endsWith(':handler') ? `${style} handlers` : style,
          share: Math.round((n / d.total) * 100) / 100,
          file: best.file,
          target: `${outRel}/${best.file}`,
          support: best.support,
        });
      }
    }
  }
  const result: ExtractedExamples = { out: outRel, scannedFiles: candidates.length, examples: picks, written: [], unchanged: [], kept: [] };
  if (options.dryRun || picks.length === 0) return result;
  const files = new Map<string, string>();
  for (const p of picks) files.set(p.target, readFileSync(join(root, p.file), 'utf8'));
  files.set(`${outRel}/README.md`, readme(picks));
  await withLock(
    cePaths(root).lock,
    () => {
      for (const [target, content] of files) {
        const abs = join(root, target);
        if (existsSync(abs)) {
          const current = readFileSync(abs, 'utf8');
          if (current === content) {
            result.unchanged.push(target);
            continue;
          }
          if (!options.force) {
            result.kept.push(target);
            continue;
          }
        }
        writeFileAtomic(abs, content);
        result.written.push(target);
      }
    },
    { purpose: 'ce examples extract' },
  );
  return result;
}

function readme(picks: ExtractedExample[]): string {
  const lines = [
    '# EXAMPLES',
    '',
    'Picked by `ce examples extract`: per pattern category, the file of this codebase that best shows its dominant style.',
    "Point a PRP's EXAMPLES section here; `ce validate --level 4` compares implementations with them.",
    '',
    '| category | language | dominant style | share | example |',
    '|---|---|---|---|---|',
    ...picks.map((p) => `| ${p.category} | ${p.family} | ${p.style} | ${Math.round(p.share * 100)}% | \`${p.file}\` |`),
    '',
  ];
  return lines.join('\n');
}
