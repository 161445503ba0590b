import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whether plugins are installed or linked for `ce` (oclif keeps them in `<dataDir>/package.json`,
 * dataDir being `CE_DATA_DIR`, else `$XDG_DATA_HOME/ce`, else `~/.local/share/ce`, as oclif's
 * Config computes it). A plugin may add hooks to every command, so with one installed every
 * command goes through oclif. An unreadable file counts as plugins: oclif then decides.
 */
export function hasUserPlugins(env: NodeJS.ProcessEnv = process.env): boolean {
  let text: string;
  try {
    text = readFileSync(join(dataDir(env), 'package.json'), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  try {
    const plugins = (JSON.parse(text) as { oclif?: { plugins?: unknown } }).oclif?.plugins;
    return plugins === undefined ? false : !Array.isArray(plugins) || plugins.length > 0;
  } catch {
    return true;
  }
}

function dataDir(env: NodeJS.ProcessEnv): string {
  if (env['CE_DATA_DIR']) return env['CE_DATA_DIR'];
  const base =
    env['XDG_DATA_HOME'] ||
    (process.platform === 'win32' && env['LOCALAPPDATA']) ||
    join(env['HOME'] || homedir() || tmpdir(), '.local', 'share');
  return join(base, 'ce');
}
