import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * One directory of the repository, as the detectors see it: its entry names (read once) and
 * cached reads of small manifest files. Detectors never walk trees themselves.
 */
export class ProjectDir {
  readonly abs: string;
  /** Relative to the repository root with forward slashes; "." for the root. */
  readonly rel: string;
  readonly depth: number;
  readonly files: ReadonlySet<string>;
  readonly dirs: ReadonlySet<string>;
  private readonly cache = new Map<string, string | undefined>();

  constructor(abs: string, rel: string, depth: number, entries: Dirent[]) {
    this.abs = abs;
    this.rel = rel;
    this.depth = depth;
    const files = new Set<string>();
    const dirs = new Set<string>();
    for (const entry of entries) {
      if (entry.isDirectory()) dirs.add(entry.name);
      else files.add(entry.name);
    }
    this.files = files;
    this.dirs = dirs;
  }

  static open(abs: string, rel: string, depth: number): ProjectDir | undefined {
    try {
      return new ProjectDir(abs, rel, depth, readdirSync(abs, { withFileTypes: true }));
    } catch {
      return undefined;
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  hasDir(name: string): boolean {
    return this.dirs.has(name);
  }

  /** The first of these names that exists as a file. */
  first(...names: string[]): string | undefined {
    return names.find((n) => this.files.has(n));
  }

  /** A file's text (at most 1 MiB), or undefined when missing or unreadable. A path may name a subfolder (`tests/x`). */
  read(name: string): string | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    let text: string | undefined;
    try {
      const buffer = readFileSync(join(this.abs, name));
      text = buffer.length > 1024 * 1024 ? undefined : buffer.toString('utf8');
    } catch {
      text = undefined;
    }
    this.cache.set(name, text);
    return text;
  }

  /** Parsed JSON (comments and trailing commas tolerated for deno.jsonc / tsconfig), or undefined. */
  readJson(name: string): Record<string, unknown> | undefined {
    const text = this.read(name);
    if (text === undefined) return undefined;
    for (const candidate of [text, stripJsonComments(text)]) {
      try {
        const value: unknown = JSON.parse(candidate);
        return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      } catch {
        /* try the next form */
      }
    }
    return undefined;
  }

  /** Whether a path below this folder is a directory. */
  isDir(sub: string): boolean {
    try {
      return statSync(join(this.abs, sub)).isDirectory();
    } catch {
      return false;
    }
  }

  /** Entry names of a subfolder (one level), or an empty list. */
  list(sub: string): string[] {
    try {
      return readdirSync(join(this.abs, sub));
    } catch {
      return [];
    }
  }
}

function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
