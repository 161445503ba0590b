import { ciScriptArgs } from './script-args.js';

/** A body that is only a package manager aimed at another package of the workspace, waiting for a script name. */
const ALIAS_BODY = /^(pnpm\s+(--filter|-F|-C|--dir)[\s=]\S+|yarn\s+workspace\s+\S+|npm\s+(--workspace|-w|--prefix)[\s=]\S+)$/;

/**
 * A package script that only aims the package manager at another package (`"example": "pnpm --filter
 * @react-navigation/example"`): CI's `pnpm example e2e:web --retries=3` runs that package's `e2e:web`
 * script, so the script name it is handed says what the step is. Undefined when the body is no such alias.
 */
export function handedScript(command: string, name: string, body: string | undefined): string | undefined {
  const first = (body ?? '').split(/\r?\n/)[0]?.trim() ?? '';
  if (!ALIAS_BODY.test(first)) return undefined;
  const args = ciScriptArgs(command, name).split(/\s+/).filter(Boolean);
  const script = args[0] === 'run' ? args[1] : args[0];
  return script !== undefined && !script.startsWith('-') ? script : undefined;
}
