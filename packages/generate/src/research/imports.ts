import { posix } from 'node:path';

const JS_IMPORT =
  /(?:\bimport\s[^'"`;]*?from\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bexport\s[^'"`;]*?from\s*)['"]([^'"\n]+)['"]/g;
const PY_FROM = /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w*, ()]+)/gm;
const PY_IMPORT = /^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/gm;

/** The module specifiers a source file imports: `./client`, `lodash`, `.models`, `httpx._client`. */
export function importSpecifiers(file: string, text: string): string[] {
  const out = new Set<string>();
  if (file.endsWith('.py')) {
    for (const m of text.matchAll(PY_FROM)) {
      const base = m[1] ?? '';
      // `from . import models` imports the module `.models`.
      if (/^\.+$/.test(base)) for (const name of (m[2] ?? '').split(/[\s,()]+/).filter(Boolean)) out.add(`${base}${name}`);
      else out.add(base);
    }
    for (const m of text.matchAll(PY_IMPORT)) for (const name of (m[1] ?? '').split(/\s*,\s*/)) out.add(name.trim());
  } else {
    for (const m of text.matchAll(JS_IMPORT)) if (m[1]) out.add(m[1]);
  }
  return [...out];
}

/** The package a bare specifier names (`@scope/pkg/sub` → `@scope/pkg`), or undefined for a relative one. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const JS_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** Resolves an import to a repository file, when it points into the repository. */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  if (from.endsWith('.py')) return resolvePython(from, specifier, files);
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stripped = base.replace(/\.(?:js|mjs|cjs|jsx)$/, '');
  for (const candidate of [base, stripped]) {
    for (const ext of JS_EXTENSIONS) if (files.has(candidate + ext)) return candidate + ext;
  }
  return undefined;
}

function resolvePython(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
  const rest = specifier.slice(dots).split('.').filter(Boolean).join('/');
  const bases: string[] = [];
  if (dots > 0) {
    let dir = posix.dirname(from);
    for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
    bases.push(dir === '.' ? rest : posix.join(dir, rest));
  } else {
    bases.push(rest, `src/${rest}`, `lib/${rest}`);
  }
  for (const base of bases) {
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) if (files.has(candidate)) return candidate;
  }
  return undefined;
}
