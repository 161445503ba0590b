import { execFileSync } from 'node:child_process';
import { useTempDir, writeTree } from './fixture-tree.js';

/** Runs git in cwd with a fixed identity and no user/system config, returning trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'ce test',
      GIT_AUTHOR_EMAIL: 'test@ce.local',
      GIT_COMMITTER_NAME: 'ce test',
      GIT_COMMITTER_EMAIL: 'test@ce.local',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A real git repository in a temp dir holding `tree`, committed on `main` unless `commit: false`. */
export function gitRepo(tree: Record<string, string | Buffer> = {}, options: { commit?: boolean } = {}): string {
  const dir = useTempDir('ce-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'ce test');
  git(dir, 'config', 'user.email', 'test@ce.local');
  git(dir, 'config', 'commit.gpgsign', 'false');
  writeTree(dir, tree);
  if (options.commit !== false && Object.keys(tree).length > 0) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'initial');
  }
  return dir;
}
