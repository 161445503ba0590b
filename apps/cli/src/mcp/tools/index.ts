import type { CeTool } from '../tool.js';
import { agentsTools } from './agents-tools.js';
import { ciTools } from './ci-tools.js';
import { contextTools } from './context-tools.js';
import { driftTools } from './drift-tools.js';
import { executeTools } from './execute-tools.js';
import { generateTools } from './generate-tools.js';
import { projectTools } from './project-tools.js';
import { validateTools } from './validate-tools.js';
import { pipelineTools } from './pipeline-tools.js';
import { stateTools } from './state-tools.js';

/**
 * Every MCP tool ce offers, one module per domain. Each tool calls the same library function as
 * the CLI command of the same operation.
 */
export const allTools: CeTool[] = [
  ...projectTools,
  ...ciTools,
  ...agentsTools,
  ...validateTools,
  ...pipelineTools,
  ...driftTools,
  ...executeTools,
  ...stateTools,
  ...contextTools,
  ...generateTools,
];
