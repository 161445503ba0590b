export { Logger, silentLogger, type LogLevel, type LogRecord, type LoggerOptions } from './logger.js';
export { redactSecrets, redactValue, registerSecret } from './redact.js';
