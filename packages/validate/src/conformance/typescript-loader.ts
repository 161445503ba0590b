import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type ts from 'typescript';
import { UsageError, writeFileAtomic } from '@ce/core';

let loaded: typeof ts | undefined;

/**
 * The TypeScript compiler, loaded on first use: it is a large module, and only L4 on TS/JS files
 * and the naming fix need it (the other validation levels do not pay its start-up).
 *
 * Compiling its 9 MB of JavaScript dominates a short `ce validate --level 4`, so the loader keeps
 * V8's code cache for it (as v8-compile-cache does) in a per-user folder of the temp directory,
 * keyed by the TypeScript and Node versions; V8 rejects a cache that does not match. Any problem
 * falls back to a plain import.
 */
export async function loadTypeScript(): Promise<typeof ts> {
  if (loaded) return loaded;
  const file = resolveTypeScript();
  try {
    loaded = loadWithCodeCache(file);
  } catch {
    loaded = ((await import(pathToFileURL(file).href)) as { default: typeof ts }).default;
  }
  return loaded;
}

/**
 * TypeScript is an optional peer dependency: the project's own compiler (resolved from the working
 * directory, the repository being validated) comes first, then one installed beside ce.
 */
function resolveTypeScript(): string {
  for (const base of [join(process.cwd(), 'package.json'), fileURLToPath(import.meta.url)]) {
    try {
      return createRequire(base).resolve('typescript');
    } catch {
      /* try the next place */
    }
  }
  throw new UsageError('typescript-missing', 'TypeScript is needed to check TypeScript and JavaScript files, and it is not installed', {
    hint: 'install it in the project (npm install --save-dev typescript) or beside ce',
  });
}

function cacheDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = join(tmpdir(), `ce-v8-cache-${uid ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  // Never trust a cache folder someone else owns or can write to.
  if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
  return dir;
}

function loadWithCodeCache(file: string): typeof ts {
  const version = (JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const source = readFileSync(file, 'utf8');
  const dir = cacheDir();
  const cacheFile = dir ? join(dir, `typescript-${version}-${process.version}-${process.arch}.bin`) : undefined;
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  const mod: { exports: unknown } = { exports: {} };
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  const compiler = mod.exports as typeof ts;
  if (typeof compiler.createSourceFile !== 'function') throw new Error('typescript did not load');
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    try {
      writeFileAtomic(cacheFile, script.createCachedData(), { mode: 0o600 });
    } catch {
      /* no cache this time */
    }
  }
  return compiler;
}
