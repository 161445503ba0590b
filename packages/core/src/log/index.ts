export { Logger, silentLogger, type LogLevel, type LogRecord, type LoggerOptions } from './logger.js';
export { redactSecrets, redactValue, registerSecret } from './redact.js';
export { configuredSecretVariables, registerConfiguredSecrets } from './configured-secrets.js';
export { RunLog, type RunLogOptions } from './run-log.js';
export { pruneRunLogs, runLogRetention, type RunLogRetention } from './prune-run-logs.js';
export { withRunLog, currentRunLog, runEvent } from './run-scope.js';
export { debugLog, enableDebug, isDebugEnabled, type DebugLog } from './debug-log.js';
