import { join } from 'node:path';

/** Where ce keeps its files in a user's repository (DESIGN.md, "Files in a user's repository"). */
export interface CePaths {
  root: string;
  ceDir: string;
  config: string;
  state: string;
  lock: string;
  index: string;
  runs: string;
  memory: string;
  prps: string;
  templates: string;
}

export function cePaths(root: string): CePaths {
  const ceDir = join(root, '.ce');
  return {
    root,
    ceDir,
    config: join(ceDir, 'config.yml'),
    state: join(ceDir, 'state'),
    lock: join(ceDir, 'state', 'lock'),
    index: join(ceDir, 'index'),
    runs: join(ceDir, 'runs'),
    memory: join(ceDir, 'memory'),
    prps: join(root, 'PRPs'),
    templates: join(root, 'PRPs', 'templates'),
  };
}
