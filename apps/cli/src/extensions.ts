import type { Config } from '@oclif/core';

/**
 * What a plugin can contribute to ce beyond commands: named implementations of an extension
 * point (a CI executor, a pipeline node strategy, …). Plugins declare a hook for the custom
 * `ce:register` event in their package.json (`"oclif": {"hooks": {"ce:register": "./dist/register.js"}}`)
 * that returns a list of these; `collectExtensions` gathers them from every installed plugin.
 */
export interface CeExtension {
  /** The extension point: `ci-executor`, `node-strategy`, … */
  kind: string;
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

/** Runs the `ce:register` hook of every plugin and returns their extensions of one kind. */
export async function collectExtensions(config: Config, kind: string): Promise<CeExtension[]> {
  const result = await config.runHook('ce:register', {});
  const found: CeExtension[] = [];
  for (const success of result.successes) {
    for (const extension of success.result ?? []) {
      if (extension.kind === kind) found.push({ ...extension, plugin: success.plugin.name });
    }
  }
  const failure = result.failures[0];
  if (failure) throw new Error(`plugin ${failure.plugin.name} failed to register: ${failure.error.message}`);
  return found;
}
