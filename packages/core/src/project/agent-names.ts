import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors/index.js';

/** The coding agents `ce init --agent` knows how to set up, in the order they are reported. */
export const AGENT_NAMES = ['claude-code', 'cursor', 'codex', 'gemini', 'copilot'] as const;

export type AgentName = (typeof AGENT_NAMES)[number];

export function isAgentName(value: string): value is AgentName {
  return (AGENT_NAMES as readonly string[]).includes(value);
}

/**
 * The agents named by `--agent` values (`all`, or names, repeated or comma-separated), in the
 * canonical order and without duplicates. An unknown name is bad input (exit 2) naming it.
 */
export function parseAgentNames(values: readonly string[]): AgentName[] {
  const names = values.flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase());
  for (const name of names) {
    if (name !== 'all' && !isAgentName(name)) {
      throw new UsageError('unknown-agent', `unknown agent "${name}"`, { hint: `known agents: ${AGENT_NAMES.join(', ')}, or all` });
    }
  }
  return names.includes('all') ? [...AGENT_NAMES] : AGENT_NAMES.filter((name) => names.includes(name));
}

/** Files or folders whose presence shows that a repository already uses an agent. */
const AGENT_SIGNS: Record<AgentName, string[]> = {
  'claude-code': ['.claude', 'CLAUDE.md', '.mcp.json'],
  cursor: ['.cursor', '.cursorrules'],
  codex: ['.codex', 'AGENTS.md'],
  gemini: ['.gemini', 'GEMINI.md'],
  copilot: ['.github/copilot-instructions.md', '.github/prompts', '.vscode/mcp.json'],
};

/** The agents whose own files or folders are in the repository (none when there are none). */
export function detectAgents(root: string): AgentName[] {
  return AGENT_NAMES.filter((name) => AGENT_SIGNS[name].some((sign) => existsSync(join(root, sign))));
}

/**
 * The agents to set up: the ones asked for, else the ones the repository already uses, else
 * Claude Code (the agent ce's workflow was first written for).
 */
export function chooseAgents(root: string, requested: readonly string[] | undefined): AgentName[] {
  if (requested && requested.length > 0) return parseAgentNames(requested);
  const detected = detectAgents(root);
  return detected.length > 0 ? detected : ['claude-code'];
}
