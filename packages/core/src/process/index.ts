export { runProcess, runCommandLine, type RunOptions, type RunResult } from './run-process.js';
export { parseCommandLine, formatCommandLine, type ParsedCommand } from './command-line.js';
export { cancelledError, throwIfCancelled } from './cancel.js';
export { withoutShellComment } from './shell-comment.js';
