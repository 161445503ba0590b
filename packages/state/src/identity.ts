import { git } from './git.js';

/**
 * Environment that lets git write commits and tags when the user has no identity configured
 * (fresh machines, CI): ce's own name is used then; a configured identity is always kept.
 */
export async function commitIdentityEnv(root: string): Promise<NodeJS.ProcessEnv> {
  const ident = await git(root, ['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
  if (ident.exitCode === 0) return {};
  return {
    GIT_AUTHOR_NAME: 'ce',
    GIT_AUTHOR_EMAIL: 'ce@localhost',
    GIT_COMMITTER_NAME: 'ce',
    GIT_COMMITTER_EMAIL: 'ce@localhost',
  };
}
