import type { PipelineBuilder, PipelineMode, NodeTypes } from '../pipeline-builder.js';

/** What a named pipeline's real nodes may use: the repository, and a model program if one is given. */
export interface PipelineEnvironment {
  root: string;
  /** A program that answers prompts on stdin (CommandLLMStrategy); without it, LLM nodes draft deterministically. */
  llmCommand?: string;
}

/** A pipeline `ce pipeline graph|run <name>` knows by name. */
export interface PipelineDefinition {
  name: string;
  description: string;
  /** What `--input` is (the file a run starts from). */
  input: string;
  /** The input used when no file is given: a small built-in example. */
  exampleInput: string;
  /** Turns the text of the input file (and the name it goes by, for messages) into the entry nodes' input. */
  readInput(text: string, source?: string): unknown;
  /** The builder for a mode (not yet built, so nodes can still be replaced, recorded or replayed). */
  create(mode: PipelineMode, env: PipelineEnvironment): PipelineBuilder<NodeTypes>;
}
