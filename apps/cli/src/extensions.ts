import { join } from 'node:path';
import type { Config, Hook, Interfaces } from '@oclif/core';
import { CeError } from '@ce/core';
import { guardExtension, pluginFault } from './plugin-fault.js';

/** The extension points ce looks plugins up for, and what `value` must be for each. */
export type CeExtensionKind = 'ci-executor' | 'node-strategy';

/**
 * What a plugin can contribute to ce beyond commands: named implementations of an extension
 * point. Plugins declare a hook for the custom `ce:register` event in their package.json
 * (`"oclif": {"hooks": {"ce:register": "./register.js"}}`) whose default export returns a list of
 * these; `collectExtensions` gathers them from every installed plugin.
 * - `ci-executor`: `value` is a `CiExecutor` (`@ce/ci-render`), selected by `ce ci render --target <name>`;
 * - `node-strategy`: `value` is a `NodeStrategy` (`@ce/pipeline-testing`) or a function
 *   `({node, mode, root}) => NodeStrategy`, selected by `ce pipeline run --strategy <node>=<name>`.
 */
export interface CeExtension {
  /** The extension point. */
  kind: CeExtensionKind;
  /** The name users select it by (`--target azure`). */
  name: string;
  /** The implementation; its type is defined by the package that owns the extension point. */
  value: unknown;
  /** The plugin it came from, filled in by collectExtensions. */
  plugin?: string;
}

declare module '@oclif/core' {
  interface Hooks {
    'ce:register': { options: Record<string, never>; return: CeExtension[] };
  }
}

/**
 * Runs the `ce:register` hook of every plugin and returns their extensions of one kind. A hook
 * that throws, returns something that is not a list of extensions, or whose module exports no
 * function is an error naming the plugin (and the file); a fault later inside an extension's
 * functions names the plugin too (see `guardExtension`).
 */
export async function collectExtensions(config: Config, kind: CeExtensionKind): Promise<CeExtension[]> {
  const result = await config.runHook('ce:register', {}, undefined, true);
  const failure = result.failures[0];
  if (failure) throw pluginFault(failure.plugin.name, 'its ce:register hook', failure.error);
  const answered = new Set(result.successes.map((success) => success.plugin.name));
  for (const plugin of config.getPluginsList()) {
    const hooks = plugin.hooks['ce:register'] ?? [];
    if (hooks.length > 0 && !answered.has(plugin.name)) throw unusableHook(plugin, hooks[0]?.target ?? '');
  }
  return result.successes.flatMap((success) => extensionsOf(success, kind));
}

function extensionsOf(success: Hook.Result<CeExtension[]>['successes'][number], kind: CeExtensionKind): CeExtension[] {
  const plugin = success.plugin.name;
  const list: unknown = success.result;
  if (!Array.isArray(list) || !list.every(isExtension)) {
    throw new CeError('plugin-invalid', `plugin ${plugin}: its ce:register hook must return a list of {kind, name, value}`, {
      hint: `see docs/plugins.md; the fault is in the plugin ${plugin}, not in ce`,
      details: { plugin },
    });
  }
  return list
    .filter((extension) => extension.kind === kind)
    .map((extension) => ({ ...extension, plugin, value: guardExtension(extension.value, plugin, `${kind} "${extension.name}"`) }));
}

function isExtension(value: unknown): value is CeExtension {
  const v = value as Partial<CeExtension> | null;
  return typeof v === 'object' && v !== null && typeof v.kind === 'string' && typeof v.name === 'string' && 'value' in v;
}

function unusableHook(plugin: Interfaces.Plugin, target: string): CeError {
  const file = join(plugin.root, target);
  return new CeError('plugin-invalid', `plugin ${plugin.name}: the ce:register hook module exports no function`, {
    file,
    hint: 'export the register function as the default export (export default async function register() { … })',
    details: { plugin: plugin.name },
  });
}
