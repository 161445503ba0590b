import { existsSync } from 'node:fs';
import { parsePrp, resolveInRepo, type PrpTask } from '@ce/core';
import {
  adapt,
  CommandLLMStrategy,
  PipelineBuilder,
  strategy,
  type NodeStrategy,
  type NodeTypes,
  type PipelineDefinition,
  type PipelineEnvironment,
  type PipelineMode,
} from '@ce/pipeline-testing';
import { MockLLMStrategy, type LLMRequest, type LLMResponse } from '@ce/pipeline-testing/mocks';

export interface ExecutionTasks {
  prpId: string | undefined;
  name: string | undefined;
  tasks: Pick<PrpTask, 'id' | 'title' | 'files'>[];
  validationCommands: string[];
}

export interface ExecutionCheck {
  passed: boolean;
  /** Files the tasks create or modify, checked in the repository. */
  checked: string[];
  /** Those that do not exist. */
  missing: string[];
  agent: string;
}

/** The prompt the agent node sends. */
export function agentPrompt(input: ExecutionTasks): LLMRequest {
  return {
    prompt: `Implement these tasks of ${input.prpId ?? 'the PRP'}:\n${input.tasks.map((t) => `Task ${t.id}: ${t.title} (${t.files.map((f) => `${f.action} ${f.path}`).join(', ')})`).join('\n')}`,
    taskCount: input.tasks.length,
    taskTitles: input.tasks.map((t) => t.title).join('; '),
  };
}

/** Checks the files the tasks name against the repository (no commands are run). */
export function checkTaskFiles(root: string, input: { tasks: ExecutionTasks; agent: LLMResponse }): ExecutionCheck {
  const checked = [...new Set(input.tasks.tasks.flatMap((t) => t.files.filter((f) => f.action !== 'delete').map((f) => f.path)))];
  const missing = checked.filter((path) => {
    try {
      return !existsSync(resolveInRepo(root, path));
    } catch {
      return true;
    }
  });
  return { passed: missing.length === 0, checked, missing, agent: input.agent.text.split('\n')[0] ?? '' };
}

/**
 * The PRP-execution pipeline for `ce pipeline graph|run` (tasks → agent → validate), owned here and
 * registered with @ce/pipeline-testing by the host (the CLI). A test double of the real run: it
 * checks that the files the tasks name exist; `executePrp` is the execution itself.
 */
export function prpExecutionBuilder(mode: PipelineMode, env: PipelineEnvironment): PipelineBuilder<NodeTypes> {
  const agent: NodeStrategy<ExecutionTasks, LLMResponse> = env.llmCommand
    ? adapt(new CommandLLMStrategy({ command: env.llmCommand, cwd: env.root }), agentPrompt)
    : strategy('no-agent', (t: ExecutionTasks) => ({
        text: `no agent configured: ${t.tasks.length} task(s) left to a person or an outside agent`,
        model: 'none',
      }));
  const builder = new PipelineBuilder({ mode, name: 'prp-execution' })
    .addNode(
      'tasks',
      strategy('parse-prp', (text: string): ExecutionTasks => {
        const prp = parsePrp(text);
        return {
          prpId: prp.id,
          name: prp.header.name,
          tasks: prp.tasks.map(({ id, title, files }) => ({ id, title, files })),
          validationCommands: Object.values(prp.validationCommands).flat(),
        };
      }),
      { description: 'PRP → ordered tasks with files' },
    )
    .addNode('agent', agent, {
      mock: adapt(new MockLLMStrategy({ template: 'Implemented {{taskCount}} task(s): {{taskTitles}}' }), agentPrompt),
      external: true,
      description: 'coding agent (offline: none; a model program with --llm-command)',
    })
    .addNode(
      'validate',
      strategy('check-task-files', (input: { tasks: ExecutionTasks; agent: LLMResponse }) => checkTaskFiles(env.root, input)),
      {
        description: 'files the tasks name exist in the repository',
      },
    )
    .addEdge('tasks', 'agent')
    .addEdge('tasks', 'validate')
    .addEdge('agent', 'validate');
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

- [ ] loads YAML

## All Needed Context

- src/config/loader.ts

## Implementation Blueprint

Task 1: write the loader
- CREATE src/config/loader.ts

Task 2: wire it into the CLI
- MODIFY src/cli.ts

## Validation Loop

### Level 1

\`\`\`bash
npm run lint
\`\`\`
`;

export const prpExecution: PipelineDefinition = {
  name: 'prp-execution',
  description: 'PRP → tasks → agent → validate (the files the tasks name exist)',
  input: 'a PRP file',
  exampleInput: EXAMPLE_PRP,
  readInput: (text) => text,
  create: prpExecutionBuilder,
};
