export { excerpt, EXCERPT_MAX } from './excerpt.js';
export { ExitCode } from './exit-codes.js';
export {
  CeError,
  UsageError,
  CheckFailedError,
  EscalationError,
  InternalError,
  isCeError,
  errorMessage,
  type CeErrorOptions,
} from './ce-error.js';
