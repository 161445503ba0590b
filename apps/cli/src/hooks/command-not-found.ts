import type { Hook } from '@oclif/core';
import { excerpt } from '@ce/core';

/** `ce frobnicate` exits 2 with one line (and one JSON document under --json), like other bad usage. */
const hook: Hook<'command_not_found'> = async function (options) {
  const id = options.id.replace(/:/g, ' ');
  const message = `"${excerpt(id)}" is not a ce command`;
  const hint = 'run ce --help to see the commands';
  if (options.argv?.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ error: { code: 'unknown-command', message, hint, exitCode: 2 } })}\n`);
  }
  process.stderr.write(`error: ${message}\nhint: ${hint}\n`);
  process.exitCode = 2;
  return true;
};

export default hook;
