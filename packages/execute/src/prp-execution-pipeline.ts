import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parsePrp, runProcess, UsageError, type PrpTask } from '@ce/core';
import {
  PipelineBuilder,
  strategy,
  type NodeTypes,
  type PipelineDefinition,
  type PipelineEnvironment,
  type PipelineMode,
} from '@ce/pipeline-testing';
import { executePrp } from './execute-prp.js';
import { RECORDED_TURNS, replayedAgentEnv, type RecordedTurn } from './pipeline/replayed-agent.js';
import type { ExecuteResult } from './types.js';

/** The input: the PRP's text and the name it goes by (its path in the repository when given). */
export interface ExecutionInput {
  text: string;
  source: string;
}

export interface ExecutionTasks {
  prpId: string | undefined;
  name: string | undefined;
  tasks: Pick<PrpTask, 'id' | 'title' | 'files'>[];
}

/** Which agent implements: the configured one, a prompt program, or recorded turns replayed. */
export type AgentChoice = { kind: 'configured' } | { kind: 'command'; command: string } | { kind: 'replay'; turns: RecordedTurn[] };

/** A throw-away clone of the repository holding the PRP: the run changes nothing of the person's. */
interface Sandbox {
  dir: string;
  root: string;
  prp: string;
}

function tasksOf(i: ExecutionInput): ExecutionTasks {
  const prp = parsePrp(i.text, i.source);
  if (prp.tasks.length === 0)
    throw new UsageError('prp-no-tasks', 'the Implementation Blueprint has no tasks (Task N: or ### Phase N:)', { file: i.source });
  return { prpId: prp.id, name: prp.header.name, tasks: prp.tasks.map(({ id, title, files }) => ({ id, title, files })) };
}

/**
 * Clones the repository's HEAD (tags and checkpoints stay in the clone), adds what git does not
 * carry (`.ce/config.yml`, the allowances under `.ce/state/`), and writes the PRP into it.
 */
async function sandbox(root: string, i: ExecutionInput): Promise<Sandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'ce-pipeline-execution-'));
  const clone = join(dir, 'repo');
  const cloned = await runProcess('git', ['clone', '-q', '--local', root, clone], { timeoutMs: 120_000 });
  if (cloned.exitCode !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new UsageError('pipeline-execution-no-git', `${root} is not a git repository with a commit`, {
      hint: 'execution checkpoints with git: run it in a git repository',
    });
  }
  for (const part of ['.ce/config.yml', '.ce/state']) {
    const from = join(root, part);
    if (existsSync(from)) cpSync(from, join(clone, part), { recursive: true });
  }
  const prp = i.source.startsWith(root) ? i.source.slice(root.length + 1) : join('PRPs', basename(i.source).replace(/[^\w.-]/g, '-'));
  mkdirSync(join(clone, dirname(prp)), { recursive: true });
  writeFileSync(join(clone, prp), i.text);
  return { dir, root: clone, prp };
}

/** Runs the real `executePrp` in the sandbox with the chosen agent; the sandbox is removed after. */
async function execute(i: { workspace: Sandbox; agent: AgentChoice }): Promise<ExecuteResult> {
  const { workspace, agent } = i;
  try {
    const env: NodeJS.ProcessEnv =
      agent.kind === 'replay'
        ? { ...process.env, ...replayedAgentEnv(workspace.dir, agent.turns) }
        : agent.kind === 'command'
          ? { ...process.env, CE_AGENTS__ADAPTER: 'command', CE_AGENTS__COMMAND: agent.command }
          : process.env;
    return await executePrp({
      root: workspace.root,
      prp: workspace.prp,
      env,
      ...(agent.kind === 'configured' ? {} : { agent: 'command' }),
    });
  } finally {
    rmSync(workspace.dir, { recursive: true, force: true });
  }
}

/**
 * The PRP-execution pipeline for `ce pipeline graph|run`: the real orchestration (`executePrp`:
 * checkpoints, gates, self-healing, escalation) in a throw-away clone of the repository. Only the
 * agent is external; its mock replays recorded agent turns through the `command` adapter, a real
 * process editing the clone as a coding agent would.
 */
export function prpExecutionBuilder(mode: PipelineMode, env: PipelineEnvironment): PipelineBuilder<NodeTypes> {
  const real: AgentChoice = env.llmCommand ? { kind: 'command', command: env.llmCommand } : { kind: 'configured' };
  const builder = new PipelineBuilder({ mode, name: 'prp-execution' })
    .addNode('tasks', strategy('parse-prp', tasksOf), { description: 'PRP → ordered tasks with files' })
    .addNode(
      'workspace',
      strategy('sandbox-clone', (i: ExecutionInput) => sandbox(env.root, i)),
      {
        description: "a throw-away clone of the repository's HEAD with the PRP",
      },
    )
    .addNode(
      'agent',
      strategy('configured-agent', (): AgentChoice => real),
      {
        mock: strategy('replayed-agent', (): AgentChoice => ({ kind: 'replay', turns: RECORDED_TURNS }), { mocked: true }),
        external: true,
        description: 'the coding agent (agents.adapter, or --llm-command); mock: recorded turns replayed by a real process',
      },
    )
    .addNode('execute', strategy('execute-prp', execute), {
      description: 'ce execute: tasks through the agent behind the validation gates, checkpoints, escalation',
    })
    .addEdge('tasks', 'agent')
    .addEdge('workspace', 'execute')
    .addEdge('agent', 'execute');
  return builder as unknown as PipelineBuilder<NodeTypes>;
}

export const EXAMPLE_PRP = `---
prp_id: PRP-1
name: Config loader
status: ready
---

# Config loader

## Goal

Load the config.

## Why

Users need defaults.

## What

### Success Criteria

- [ ] loads the config file

## All Needed Context

- src/config/loader.ts

## Implementation Blueprint

Task 1: write the loader
- CREATE src/config/loader.ts

Task 2: wire it into the CLI
- CREATE src/cli.ts

## Validation Loop

The repository's own inferred commands (no commands of the PRP's own, so nothing needs \`ce prp allow\`).
`;

export const prpExecution: PipelineDefinition = {
  name: 'prp-execution',
  description: 'PRP → tasks → agent → ce execute (gates, self-healing, checkpoints) in a throw-away clone of the repository',
  input: 'a PRP file',
  exampleInput: EXAMPLE_PRP,
  readInput: (text, source = 'PRPs/PRP-1-config-loader.md'): ExecutionInput => ({ text, source }),
  create: prpExecutionBuilder,
};
