#!/usr/bin/env node
// `ce --version` is what agents and scripts call to see whether ce is there, so it is answered
// without loading oclif (the same text oclif prints: `@ce/cli/0.1.0 linux-x64 node-v20.x`).
// Everything else goes through oclif; `@oclif/core/execute` loads less than the package index.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${name}/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const { execute } = await import('@oclif/core/execute');
  await execute({ dir: import.meta.url });
}
