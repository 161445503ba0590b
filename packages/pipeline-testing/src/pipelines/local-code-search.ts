import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runProcess } from '@ce/core';
import type { NodeStrategy } from '../node-strategy.js';
import type { SerenaResponse, SerenaSymbol } from '../mocks/mock-serena.js';

const CODE_FILE = /\.(ts|tsx|js|mjs|cjs|jsx|py|go|rs|java|kt|rb|php|cs|swift|md)$/;
const DEFINITION = [
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/,
  /^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?(class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/,
  /^\s*(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(/,
  /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/,
  /^\s*func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)/,
];

/**
 * The real research node offline: searches the repository's own files (tracked by git, or a walk
 * when there is no git) for the query's words, and finds definitions whose names contain them.
 * Answers in Serena's shape (`{symbols, matches}`), so it and MockSerenaStrategy are interchangeable.
 */
export class LocalCodeSearchStrategy implements NodeStrategy<{ query: string }, SerenaResponse> {
  readonly name = 'local-code-search';
  constructor(
    private readonly root: string,
    private readonly limits = { files: 5000, bytes: 256 * 1024, matchesPerFile: 5, files_with_matches: 30 },
  ) {}

  isMocked(): boolean {
    return false;
  }

  async execute(request: { query: string }): Promise<SerenaResponse> {
    const words = [...new Set((request.query ?? '').toLowerCase().match(/[a-z_][a-z0-9_]{2,}/g) ?? [])];
    const symbols: SerenaSymbol[] = [];
    const matches: Record<string, string[]> = {};
    if (words.length === 0) return { symbols, matches };
    for (const file of (await this.files()).slice(0, this.limits.files)) {
      let text: string;
      try {
        const full = join(this.root, file);
        if (statSync(full).size > this.limits.bytes) continue;
        text = readFileSync(full, 'utf8');
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        const lower = line.toLowerCase();
        if (!words.some((w) => lower.includes(w))) return;
        if (Object.keys(matches).length < this.limits.files_with_matches || matches[file]) {
          const list = (matches[file] ??= []);
          if (list.length < this.limits.matchesPerFile) list.push(`${index + 1}: ${line.trim().slice(0, 200)}`);
        }
        for (const pattern of DEFINITION) {
          const m = pattern.exec(line);
          if (!m) continue;
          const kindWord = m.length > 2 ? (m[1] as string) : undefined;
          const name = (m.length > 2 ? m[2] : m[1]) as string;
          if (words.some((w) => name.toLowerCase().includes(w))) {
            symbols.push({
              name_path: name,
              kind: kindWord ?? 'function',
              relative_path: file,
              body_location: { start_line: index + 1, end_line: index + 1 },
            });
          }
          break;
        }
      });
    }
    return { symbols, matches };
  }

  private async files(): Promise<string[]> {
    try {
      const result = await runProcess('git', ['ls-files', '-z'], { cwd: this.root, timeoutMs: 30_000 });
      if (result.exitCode === 0) return result.stdout.split('\0').filter((f) => CODE_FILE.test(f));
    } catch {
      /* no git: walk instead */
    }
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        if (name === 'node_modules' || name.startsWith('.') || out.length >= this.limits.files) continue;
        const full = join(dir, name);
        const stat = statSync(full);
        if (stat.isDirectory()) walk(full);
        else if (CODE_FILE.test(name)) out.push(relative(this.root, full).split('\\').join('/'));
      }
    };
    walk(this.root);
    return out;
  }
}
