import { describe, expect, it } from 'vitest';
import { debugLog, enableDebug, isDebugEnabled } from './index.js';

function captureStderr(work: () => void): string {
  const original = process.stderr.write.bind(process.stderr);
  let text = '';
  process.stderr.write = ((chunk: string) => {
    text += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    work();
  } finally {
    process.stderr.write = original;
  }
  return text;
}

describe('debugLog', () => {
  it('writes only enabled namespaces, to stderr, redacted, and takes % literally', () => {
    enableDebug('ce:test-a');
    const a = debugLog('ce:test-a');
    const b = debugLog('ce:test-b');
    const text = captureStderr(() => {
      a('50% done with key sk-ant-api03-abcdefghijklmnop %d');
      b('never shown');
    });
    expect(text).toMatch(/ce:test-a 50% done with key \[REDACTED\] %d/);
    expect(text).not.toContain('never shown');
    expect(isDebugEnabled('ce:test-b')).toBe(false);
    enableDebug('ce:*');
    expect(isDebugEnabled('ce:test-b')).toBe(true);
    expect(captureStderr(() => b('now shown'))).toContain('ce:test-b now shown');
  });
});
