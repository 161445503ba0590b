import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { UsageError, withoutPlaceholders } from '@ce/core';
import { parseInitial, type ParsedInitial } from './parse-initial.js';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads and parses an INITIAL.md, refusing (exit 2, naming the file, nothing written) a missing,
 * empty, binary, non-UTF-8 or over-10-MB file, and one without a FEATURE nor text that could be one.
 */
export function readInitial(file: string): ParsedInitial {
  return initialFromText(readInitialText(file), file);
}

/** The text of an INITIAL.md: a missing, binary, non-UTF-8 or over-10-MB file is refused (exit 2). */
export function readInitialText(file: string): string {
  const fail = (code: string, message: string, hint: string): never => {
    throw new UsageError(code, message, { file, hint });
  };
  let size = 0;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail('initial-not-a-file', 'is not a regular file', 'give the path of an INITIAL.md');
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    fail('initial-missing', 'file not found', 'check the path (ce init writes an example INITIAL.md)');
  }
  if (size > MAX_BYTES)
    fail('initial-too-large', `is ${(size / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit`, 'an INITIAL.md is a short feature request');
  const buffer = Buffer.alloc(size);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  if (buffer.includes(0)) fail('initial-binary', 'is a binary file', 'give a markdown file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return fail('initial-not-utf8', 'is not UTF-8', 'save it as UTF-8');
  }
  return text;
}

/** Parses the text of an INITIAL.md (`file` names it in errors): empty, or no FEATURE, is refused (exit 2). */
export function initialFromText(text: string, file: string): ParsedInitial {
  const fail = (code: string, message: string, hint: string): never => {
    throw new UsageError(code, message, { file, hint });
  };
  if (text.trim() === '') fail('initial-empty', 'is empty', 'write the feature under "## FEATURE"');
  const parsed = parseInitial(text);
  if (!/[A-Za-z]{3,}/.test(parsed.feature))
    fail('initial-no-feature', 'has no FEATURE section nor text that could be one', 'write the feature under "## FEATURE"');
  // An INITIAL.md copied from a template and not filled in yet: no PRP is made of "[Insert your feature here]".
  if (!/[A-Za-z]{3,}/.test(withoutPlaceholders(parsed.feature)))
    fail(
      'initial-placeholder',
      `FEATURE is still the template's placeholder: ${parsed.feature.trim().split('\n')[0]?.slice(0, 80)}`,
      'describe the feature under "## FEATURE"',
    );
  return parsed;
}
