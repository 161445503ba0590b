import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** The absolute path of a program as the shell would find it (PATH lookup, or a path given directly). */
export function findExecutable(name: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string | undefined {
  const env = options.env ?? process.env;
  const candidates = name.includes('/')
    ? [isAbsolute(name) ? name : resolve(options.cwd ?? process.cwd(), name)]
    : (env['PATH'] ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, name));
  return candidates.find(isExecutableFile);
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
