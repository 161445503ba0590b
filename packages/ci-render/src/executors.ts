import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '@ce/core';
import { isCiExecutor, type CiExecutor } from './executor.js';
import { githubExecutor } from './github-executor.js';
import { gitlabExecutor } from './gitlab-executor.js';

/** The executors ce ships. */
export const builtinExecutors: readonly CiExecutor[] = [githubExecutor, gitlabExecutor];

/** An executor contributed by a plugin (`ce:register` hook, kind `ci-executor`). */
export interface ExecutorExtension {
  name: string;
  value: unknown;
  plugin?: string;
}

export interface ResolveExecutorOptions {
  /** Executors from installed ce plugins. */
  extensions?: readonly ExecutorExtension[];
  /** The repository root: packages named as targets are resolved from here. */
  root?: string;
}

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** A plugin's or package's export as an executor: the executor itself, `executor`, or a default export. */
function pickExecutor(value: unknown): CiExecutor | undefined {
  const v = value as { executor?: unknown; default?: unknown } | null;
  for (const candidate of [v, v?.executor, v?.default, (v?.default as { executor?: unknown } | undefined)?.executor]) {
    if (isCiExecutor(candidate)) return candidate;
  }
  return undefined;
}

async function fromPackage(target: string, root: string): Promise<CiExecutor | undefined> {
  if (!PACKAGE_NAME.test(target)) return undefined;
  const require = createRequire(join(root, 'package.json'));
  const names = target.startsWith('@') || target.startsWith('ce-ci-executor-') ? [target] : [`ce-ci-executor-${target}`, target];
  for (const name of names) {
    let resolved: string;
    try {
      resolved = require.resolve(name);
    } catch {
      continue;
    }
    const mod: unknown = await import(pathToFileURL(resolved).href);
    const executor = pickExecutor(mod);
    if (!executor) {
      throw new UsageError('bad-executor', `package "${name}" does not export a CI executor (an object with name and render())`, {
        hint: 'see docs/ci.md, "Writing an executor"',
      });
    }
    return executor;
  }
  return undefined;
}

/**
 * Finds the executor for `--target`: built-in first, then plugins, then an installed package
 * (`ce-ci-executor-<target>` or the target itself when it is a package name).
 */
export async function resolveExecutor(target: string, options: ResolveExecutorOptions = {}): Promise<CiExecutor> {
  const builtin = builtinExecutors.find((e) => e.name === target);
  if (builtin) return builtin;
  for (const extension of options.extensions ?? []) {
    if (extension.name !== target) continue;
    const executor = pickExecutor(extension.value);
    if (!executor) {
      throw new UsageError(
        'bad-executor',
        `plugin ${extension.plugin ?? '(unknown)'} registers CI executor "${target}" without a render() function`,
        {
          hint: 'a ci-executor extension value must be an object with name and render(plan, context)',
        },
      );
    }
    return executor;
  }
  const fromPkg = options.root ? await fromPackage(target, options.root) : undefined;
  if (fromPkg) return fromPkg;
  const known = [...builtinExecutors.map((e) => e.name), ...(options.extensions ?? []).map((e) => e.name)];
  throw new UsageError('unknown-target', `unknown CI target "${target}"; available: ${known.join(', ')}`, {
    hint: `install a plugin that adds it (ce plugins install …) or a package named ce-ci-executor-${target}`,
  });
}

/** Every executor available: built-in and from plugins (names only for plugins that fail to load are skipped). */
export function availableExecutors(extensions: readonly ExecutorExtension[] = []): string[] {
  return [...new Set([...builtinExecutors.map((e) => e.name), ...extensions.map((e) => e.name)])];
}
