import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Documentation of one library, from where it is installed. */
export interface LibraryDocs {
  /** The library id recorded in the PRP header (`docs`): the package name, or a Context7 id. */
  libraryId: string;
  version?: string;
  /** Where the text was read: `node_modules/yaml/README.md`, `context7`. */
  source: string;
  /** README sections that match the feature. */
  excerpt: string;
  /** API signatures quoted from the type declarations (or Python sources), each with its source. */
  signatures: { signature: string; source: string }[];
}

const MAX_EXCERPT = 1500;

/** Finds a package's folder in node_modules from `root` upwards, or in a Python environment. */
function packageDir(root: string, name: string): { dir: string; kind: 'node' | 'python' } | undefined {
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) return undefined;
  for (let dir = root; ; dir = dirname(dir)) {
    const base = join(dir, 'node_modules', name);
    if (existsSync(join(base, 'package.json'))) return { dir: base, kind: 'node' };
    if (dirname(dir) === dir) break;
  }
  for (const venv of ['.venv', 'venv', 'env']) {
    const lib = join(root, venv, 'lib');
    if (!existsSync(lib)) continue;
    for (const python of readdirSync(lib)) {
      const base = join(lib, python, 'site-packages', name.replace(/-/g, '_'));
      if (existsSync(base)) return { dir: base, kind: 'python' };
    }
  }
  return undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** README sections whose heading or text matches the words, most matching first. */
function pickSections(readme: string, words: ReadonlySet<string>): string {
  const parts = readme.split(/^(?=#{2,4} )/m);
  const scored = parts
    .map((p) => ({ p, n: [...words].filter((w) => p.toLowerCase().includes(w)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const picked = scored.length > 0 ? scored.map((x) => x.p).join('\n') : (parts[0] ?? '');
  return picked.trim().slice(0, MAX_EXCERPT);
}

const DECLARATION =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:function|class|interface|type|const|abstract class)\s+[\w$]+[^\n]*$/gm;
const PY_DEF = /^(?:class|def|async def)\s+[A-Za-z]\w*[^\n]*$/gm;

function signaturesOf(dir: string, kind: 'node' | 'python', words: ReadonlySet<string>, root: string): LibraryDocs['signatures'] {
  let file: string | undefined;
  if (kind === 'node') {
    const manifest = JSON.parse(readText(join(dir, 'package.json')) || '{}') as { types?: string; typings?: string };
    const candidates = [manifest.types, manifest.typings, 'index.d.ts', 'dist/index.d.ts'].filter((x): x is string => !!x);
    file = candidates.map((c) => join(dir, c)).find((c) => existsSync(c));
  } else {
    file = join(dir, '__init__.py');
  }
  if (!file) return [];
  const text = readText(file);
  const pattern = kind === 'node' ? DECLARATION : PY_DEF;
  const all = [...text.matchAll(pattern)].map((m) => m[0].trim().slice(0, 200));
  const matching = all.filter((s) => [...words].some((w) => s.toLowerCase().includes(w)));
  const source = relative(root, file).split('\\').join('/');
  return (matching.length > 0 ? matching : all).slice(0, 6).map((signature) => ({ signature, source }));
}

/**
 * Documentation of a library offline, from the version installed in the repository: the README
 * sections that match the feature's words and the API signatures of its type declarations (a
 * Python package's definitions when it lives in a virtual environment). Undefined when not installed.
 */
export function localLibraryDocs(root: string, name: string, words: ReadonlySet<string>): LibraryDocs | undefined {
  const found = packageDir(root, name);
  if (!found) return undefined;
  const version =
    found.kind === 'node' ? (JSON.parse(readText(join(found.dir, 'package.json')) || '{}') as { version?: string }).version : undefined;
  const readmeName = ['README.md', 'readme.md', 'Readme.md', 'README'].find((n) => existsSync(join(found.dir, n)));
  const readme = readmeName ? readText(join(found.dir, readmeName)) : '';
  return {
    libraryId: name,
    ...(version ? { version } : {}),
    source: relative(root, readmeName ? join(found.dir, readmeName) : found.dir)
      .split('\\')
      .join('/'),
    excerpt: readme ? pickSections(readme, words) : '',
    signatures: signaturesOf(found.dir, found.kind, words, root),
  };
}
