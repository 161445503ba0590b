/**
 * `docker compose run [options] <service> [command…]` (also `docker-compose run`) runs one service of
 * the project's compose file once and exits with its status: the project's way of running a suite in
 * the containers it needs (`docker compose run tests`). The command given after the service is what
 * runs; without one, the service's own command runs, and the service's name is what CI shows of it.
 */
const COMPOSE_RUN = /^docker(?:\s+compose|-compose)(?:\s+(?:-f|--file|-p|--project-name)\s+\S+)*\s+run\s+(.+)$/;
/** `docker compose run` options that take a value. */
const VALUED = /^(-e|--env|-l|--label|-u|--user|-w|--workdir|-v|--volume|-p|--publish|--name|--entrypoint)$/;

export interface ComposeRun {
  service: string;
  command: string;
}

export function composeRun(command: string): ComposeRun | undefined {
  const m = COMPOSE_RUN.exec(command.trim());
  if (!m) return undefined;
  const words = (m[1] as string).split(/\s+/);
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith('-')) i += VALUED.test(words[i] as string) ? 2 : 1;
  const service = words[i];
  if (service === undefined) return undefined;
  return { service, command: words.slice(i + 1).join(' ') };
}
