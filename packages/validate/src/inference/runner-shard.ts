/**
 * CI's split of one JavaScript suite across jobs: jest's, vitest's and Playwright's `--shard=<i>/<n>`
 * ("shard suite to execute", one slice per matrix job). Run locally, the whole suite is the gate, so
 * the slice is no part of the command (nor is an emptied `--shard=` whose value was CI's expression).
 */
const SHARD = /\s--shard(?:=|\s+)(?:\d+\/\d+|(?=\s|$))/g;

export function withoutRunnerShards(command: string): string {
  return command.replace(SHARD, '').replace(/\s+/g, ' ').trim();
}
