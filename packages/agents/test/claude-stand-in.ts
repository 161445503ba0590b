import { symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { useTempDir } from '@ce/test-utils';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const session = (name: string): string => join(FIXTURES, `claude-session-${name}.jsonl`);

/**
 * A PATH whose `claude` is the stand-in (test/fixtures/claude-standin.mjs) replaying the recorded
 * sessions given, one per run; the stand-in logs each run's argv and prompt to `log`.
 */
export function claudeOnPath(...sessions: string[]): { env: NodeJS.ProcessEnv; log: string; bin: string } {
  const bin = useTempDir('ce-claude-bin-');
  symlinkSync(join(FIXTURES, 'claude-standin.mjs'), join(bin, 'claude'));
  const log = join(bin, 'runs.jsonl');
  return {
    bin,
    log,
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
      CLAUDE_STANDIN_SESSION: sessions.map(session).join(','),
      CLAUDE_STANDIN_COUNTER: join(bin, 'counter'),
      CLAUDE_STANDIN_LOG: log,
    },
  };
}
