// @ce/state: PRP sessions, git-tag checkpoints, namespaced memory, cleanup and restore.
export { startPrp, prpStatus, recordValidation, type StartResult, type StatusResult, type PrpSessionStatus } from './sessions.js';
export {
  createCheckpoint,
  checkpointPrp,
  activePrp,
  listCheckpoints,
  listCheckpointGroups,
  groupCheckpoints,
  type CheckpointGroup,
} from './checkpoints.js';
export { restoreCheckpoint, type RestoreOptions, type RestoreResult } from './restore.js';
export { cleanupPrp, type CleanupReport } from './cleanup.js';
export { checkpointTagName, parseCheckpointTag, SAFETY_PHASE, type ParsedCheckpointTag } from './checkpoint-tag.js';
export type { Checkpoint, CreatedCheckpoint } from './checkpoint-types.js';
export type { PrpSession, SessionStatus, ValidationCounter, ValidationLevel } from './session-types.js';
export { repairState } from './repair.js';
export { createMemoryStore } from './memory/create-memory-store.js';
export { FileMemoryStore } from './memory/file-memory-store.js';
export { McpMemoryStore, type McpMemoryOptions } from './memory/mcp-memory-store.js';
export { memoryId, parseMemoryId, isMemoryKind, type MemoryKey } from './memory/memory-id.js';
export { serializeMemory, parseMemoryText } from './memory/memory-file.js';
export {
  PRP_MEMORY_KINDS,
  type MemoryKind,
  type PrpMemoryKind,
  type MemoryRecord,
  type MemoryInput,
  type MemoryRef,
  type MemoryFilter,
  type MemoryStore,
} from './memory/memory-types.js';
export {
  resolveMemoryName,
  writeMemory,
  readMemory,
  listMemories,
  deleteMemory,
  writeMemoryText,
  readMemoryText,
  type MemoryNameInput,
  type MemoryOpOptions,
} from './memory/memory-ops.js';
