import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '@ce/test-utils';
import { parseCommandLine, runCommandLine, runProcess } from './index.js';

const node = process.execPath;

/** Running (not exited, and not a zombie waiting to be reaped by a container's init). */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runProcess', () => {
  it('collects output and the exit code; a non-zero exit is a result', async () => {
    const result = await runProcess(node, ['-e', 'console.log("out"); console.error("err"); process.exit(3)']);
    expect(result).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false, truncated: false });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('does not use a shell: metacharacters reach the program as text', async () => {
    const dir = useTempDir();
    const result = await runProcess(node, ['-e', 'console.log(process.argv[1])', '$(touch pwned); `touch pwned2`'], { cwd: dir });
    expect(result.stdout.trim()).toBe('$(touch pwned); `touch pwned2`');
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('kills the whole process tree on timeout', async () => {
    // The child spawns a grandchild that would outlive it; both must be gone after the timeout.
    const script = `
      const { spawn } = require('node:child_process');
      const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(g.pid);
      setInterval(() => {}, 1000);`;
    // Long enough for the child to start and print the grandchild's pid on a loaded 2-core machine
    // (at 500 ms, CI under load killed the child before it printed anything).
    const result = await runProcess(node, ['-e', script], { timeoutMs: 3000 });
    expect(result.timedOut).toBe(true);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(isRunning(grandchild)).toBe(false);
  });

  it('kills the whole process tree when its signal aborts, and says cancelled', async () => {
    const script = `
      const { spawn } = require('node:child_process');
      const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(g.pid);
      setInterval(() => {}, 1000);`;
    const controller = new AbortController();
    let grandchild = 0;
    const running = runProcess(node, ['-e', script], {
      signal: controller.signal,
      onOutput: (chunk) => {
        grandchild = Number(chunk.trim());
        controller.abort();
      },
    });
    const result = await running;
    expect(result).toMatchObject({ cancelled: true, timedOut: false, signal: 'SIGTERM' });
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(isRunning(grandchild)).toBe(false);
  });

  it('honours a signal that aborted before the run started: the program is stopped at once', async () => {
    const started = performance.now();
    const result = await runProcess(node, ['-e', 'setInterval(() => {}, 1000)'], { signal: AbortSignal.abort() });
    expect(result.cancelled).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('caps output, keeping the tail', async () => {
    const result = await runProcess(node, ['-e', 'for (let i = 0; i < 5000; i++) console.log("line " + i)'], { maxOutputBytes: 1000 });
    expect(result.truncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(1000);
    expect(result.stdout).toContain('line 4999');
  });

  it('passes input on stdin', async () => {
    const result = await runProcess(node, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'hello' });
    expect(result.stdout).toBe('hello');
  });

  it('throws a CeError naming the program when it cannot start', async () => {
    await expect(runProcess('definitely-not-a-program-ce', [])).rejects.toThrowError(
      /cannot run "definitely-not-a-program-ce": not found on PATH/,
    );
  });
});

describe('runCommandLine', () => {
  it('runs a plain command without a shell and a command with operators through one', async () => {
    expect(parseCommandLine('npm run lint -- --max-warnings 0').argv).toEqual(['npm', 'run', 'lint', '--', '--max-warnings', '0']);
    expect(parseCommandLine('npm run a && npm run b').argv).toBeUndefined();
    expect(parseCommandLine('FOO=1 npm test').argv).toBeUndefined();
    expect(parseCommandLine('echo "a b" \'c\'').argv).toEqual(['echo', 'a b', 'c']);
    const piped = await runCommandLine(`"${node}" -e "console.log(1)" | cat`);
    expect(piped.stdout.trim()).toBe('1');
    const plain = await runCommandLine(`"${node}" -e "console.log(2)"`);
    expect(plain).toMatchObject({ exitCode: 0, stdout: '2\n' });
  });
});
