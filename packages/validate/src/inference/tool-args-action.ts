/**
 * Actions that run one tool with the command line given in their `args` input: StyLua's action runs
 * `stylua <args>` (`args: --color always --check .`, a required input). The step is that tool's line,
 * judged by its arguments as any other (`--check` checks, without it the action rewrites files).
 */
const TOOL_ARGS_ACTIONS: [RegExp, string][] = [[/^JohnnyMorganz\/stylua-action@/, 'stylua']];

export function toolArgsActionRun(uses: string, inputs: Record<string, unknown> | undefined): string | undefined {
  const tool = TOOL_ARGS_ACTIONS.find(([re]) => re.test(uses))?.[1];
  const args = inputs?.['args'];
  if (tool === undefined || typeof args !== 'string' || args.includes('${{')) return undefined;
  return `${tool} ${args.trim()}`;
}
