import { readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside } from '@ce/core';
import { parse as parseToml } from 'smol-toml';

/** Larger files are not manifests or CI files a person wrote: they are not read. */
const MAX_READ_BYTES = 1024 * 1024;

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
  private readonly tables = new Map<string, Record<string, unknown>>();

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

  /**
   * A file's text, or undefined when missing or unreadable. A path may name a subfolder (`tests/x`).
   * Only a regular file of at most 1 MiB whose real path is inside the repository is read: a name
   * comes from the repository's own files (`uses: ./../x` in a workflow), and a link to a device
   * (`/dev/zero`) or out of the repository must neither hang inference nor read outside.
   */
  read(name: string): string | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    let text: string | undefined;
    try {
      const path = join(this.abs, name);
      const stat = statSync(path);
      const inside = isInside(realpathSync(this.root()), realpathSync(path));
      text = stat.isFile() && stat.size <= MAX_READ_BYTES && inside ? readFileSync(path, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    this.cache.set(name, text);
    return text;
  }

  /** The repository root this folder was opened under (`rel` walked back). */
  private root(): string {
    return this.rel === '.' ? this.abs : resolve(this.abs, ...this.rel.split('/').map(() => '..'));
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

  /**
   * Parsed TOML (`pyproject.toml`, `hatch.toml`, `.cargo/config.toml`), parsed once per folder however
   * many detectors read it; an empty table when the file is missing or malformed. Shared: read, never change it.
   */
  readToml(name: string): Record<string, unknown> {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = parsedTable(this.read(name));
      this.tables.set(name, table);
    }
    return table;
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

function parsedTable(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return {};
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
