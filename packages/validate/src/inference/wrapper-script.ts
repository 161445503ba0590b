import { scriptFileArgs } from './script-positional-args.js';

/**
 * A script file that runs the command CI hands it (`./script/fail_if_warnings rspec spec/` whose body is
 * `RUBYOPT=-w bundle exec "$@" …`): its name says nothing of a gate, the command it is given does. The
 * body, read with CI's arguments, holds that command; it is then judged by what it runs.
 */
export function runsItsArguments(command: string, name: string, body: string | undefined): boolean {
  const args = scriptFileArgs(command, name);
  if (body === undefined || args.length === 0 || (args[0] as string).startsWith('-')) return false;
  return body.includes(args.join(' '));
}
