import type { AgentFormat } from './agent-format.js';
import type { AgentName } from './agent-names.js';
import { claudeCodeFormat } from './agent-claude-code.js';
import { codexFormat } from './agent-codex.js';
import { copilotFormat } from './agent-copilot.js';
import { cursorFormat } from './agent-cursor.js';
import { geminiFormat } from './agent-gemini.js';

export const AGENT_FORMATS: Readonly<Record<AgentName, AgentFormat>> = {
  'claude-code': claudeCodeFormat,
  cursor: cursorFormat,
  codex: codexFormat,
  gemini: geminiFormat,
  copilot: copilotFormat,
};
