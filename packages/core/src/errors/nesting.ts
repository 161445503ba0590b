import { UsageError } from './ce-error.js';

/** Whether an error is the engine's stack overflow (recursion past what the stack holds). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Runs a recursive parser or analyser over one input and turns a stack overflow (10,000 nested
 * arrays in a source file) into bad input naming the file (exit 2) rather than "a bug in ce".
 * Any other error passes through unchanged.
 */
export async function boundedRecursion<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    throw new UsageError('nested-too-deeply', 'is nested too deeply to analyse', {
      file,
      hint: 'ce analyses files of ordinary nesting; leave generated or pathological files out of EXAMPLES and the files to check',
    });
  }
}
