// @ce/pipeline-testing: node strategies, the pipeline builder, record/replay. Mocks: '@ce/pipeline-testing/mocks'.
export {
  strategy,
  standaloneContext,
  isNodeStrategy,
  addUsage,
  NO_USAGE,
  type NodeStrategy,
  type NodeContext,
  type TokenUsage,
  type AnyNodeStrategy,
} from './node-strategy.js';
export { adapt } from './adapt.js';
export { sleep, cancelledError } from './abortable.js';
export {
  PipelineBuilder,
  PIPELINE_MODES,
  assertPipelineMode,
  type PipelineMode,
  type NodeOptions,
  type NodeTypes,
} from './pipeline-builder.js';
export {
  Pipeline,
  mockedNodesLine,
  type PipelineNode,
  type PipelineResult,
  type NodeRun,
  type NodeStatus,
  type PipelineEvent,
  type RunOptions,
} from './pipeline.js';
export { validateGraph, type GraphShape, type ValidatedGraph } from './graph-validation.js';
export { toMermaid } from './mermaid.js';
export { stableStringify, requestKey } from './stable-json.js';
export { RecordingStrategy, type RecordingOptions } from './record-replay/recording-strategy.js';
export { ReplayStrategy, type ReplayOptions } from './record-replay/replay-strategy.js';
export { readFixture, appendExchange, fixtureUsage, type Exchange, type FixtureData } from './record-replay/fixture-file.js';
export { tokenReport, type TokenReport } from './token-report.js';
export { CommandLLMStrategy, type CommandLLMOptions } from './command-llm-strategy.js';
export type { PipelineDefinition, PipelineEnvironment } from './pipelines/pipeline-definition.js';
export { registerPipeline, listPipelines, getPipelineDefinition } from './pipelines/registry.js';
export {
  runNamedPipeline,
  namedPipelineGraph,
  resolveContribution,
  selectContributions,
  type NamedRunOptions,
  type NamedRunResult,
  type StrategyContribution,
} from './named-pipeline.js';
