#!/usr/bin/env node
// `ce --version` is what agents and scripts call to see whether ce is there, so it is answered
// without loading oclif (the same text oclif prints: `@ce/cli/0.1.0 linux-x64 node-v20.x`).
// A few hot commands (`ce context sync`, run after every edit) run directly, without oclif's
// start-up (src/direct/). Everything else goes through oclif's run (which loads less than the
// package index). An error that reaches this far (from a plugin's command) is rendered like ce's
// own: one line, exit code.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${name}/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  try {
    if (!(await runDirect(argv))) await runOclif(argv);
  } catch (error) {
    const { renderFatal } = await import('../dist/render-error.js');
    process.exitCode = renderFatal(error, argv);
  }
}

/** Runs argv on the direct path when it is one of its invocations; says whether it did. */
async function runDirect(argv) {
  const { directInvocation } = await import('../dist/direct/direct-invocation.js');
  const invocation = directInvocation(argv);
  if (!invocation) return false;
  const { runDirect: run } = await import('../dist/direct/run-direct.js');
  await run(invocation);
  return true;
}

async function runOclif(argv) {
  // ce runs a linked plugin's compiled JavaScript as it is: it ships neither ts-node nor tsx, and
  // without this oclif warns on every command that a linked ESM plugin "cannot be auto-transpiled".
  globalThis.oclif = { ...globalThis.oclif, enableAutoTranspile: false };
  const [{ run }, { flush }] = await Promise.all([import('@oclif/core/run'), import('@oclif/core/flush')]);
  await run(argv, import.meta.url);
  await flush();
}
