import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CeError, errorMessage, isCeError } from '@ce/core';

/** A fault raised inside a plugin: it names the plugin and does not blame ce. Exit 1. */
export function pluginFault(plugin: string, where: string, cause: unknown): CeError {
  if (isCeError(cause)) return cause;
  return new CeError('plugin-failed', `plugin ${plugin} failed in ${where}: ${errorMessage(cause).split('\n')[0] ?? ''}`, {
    hint: `the fault is in the plugin ${plugin}, not in ce: report it to its author, or remove it with ce plugins uninstall ${plugin}`,
    cause,
    details: { plugin },
  });
}

const CE_PACKAGES = /^(@ce\/|@oclif\/)/;

/**
 * Where ce's own dependencies are installed: the node_modules folder that holds @ce/cli (in a
 * checkout, the repository's). A fault from a file under it is not a plugin's.
 */
function ceInstallRoot(): string {
  const cliRoot = fileURLToPath(new URL('..', import.meta.url));
  const at = cliRoot.lastIndexOf(`${sep}node_modules${sep}`);
  return at === -1 ? join(dirname(dirname(cliRoot)), 'node_modules') : cliRoot.slice(0, at + sep.length + 'node_modules'.length);
}

/**
 * The package a fault was thrown from, when it is not ce itself: the nearest package.json above the
 * first file in the stack. A command that a plugin adds runs outside ce's BaseCommand, so this is
 * how an error reaching the top of `ce` is attributed to the plugin that raised it.
 */
export function faultingPackage(error: unknown): string | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frame = /(?:\(|at )((?:file:\/\/)?\/[^():]+):\d+:\d+/.exec(stack);
  if (!frame?.[1]) return undefined;
  const file = frame[1].startsWith('file://') ? fileURLToPath(frame[1]) : frame[1];
  if (file.startsWith(ceInstallRoot() + sep)) return undefined;
  let dir = dirname(file);
  for (let depth = 0; depth < 12 && dir !== dirname(dir); depth++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = readName(manifest);
    if (name === undefined) continue;
    return CE_PACKAGES.test(name) ? undefined : name;
  }
  return undefined;
}

function readName(manifest: string): string | undefined {
  try {
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps an extension's value so that a throw (or a rejected promise) from any of its functions
 * becomes a `pluginFault` naming the plugin. Objects a function returns (a strategy made by a
 * factory) are wrapped the same way.
 */
export function guardExtension<T>(value: T, plugin: string, where: string): T {
  if (typeof value === 'function') return guardFunction(value as (...args: unknown[]) => unknown, plugin, where) as T;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== 'function') return member;
      return guardFunction((member as (...args: unknown[]) => unknown).bind(target), plugin, `${where} ${String(key)}`);
    },
  }) as T;
}

function guardFunction(fn: (...args: unknown[]) => unknown, plugin: string, where: string): (...args: unknown[]) => unknown {
  const fail = (error: unknown): never => {
    throw pluginFault(plugin, where, error);
  };
  return (...args: unknown[]) => {
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      fail(error);
    }
    if (result instanceof Promise) return result.then((resolved) => guardExtension(resolved, plugin, where), fail);
    return guardExtension(result, plugin, where);
  };
}
