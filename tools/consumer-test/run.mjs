#!/usr/bin/env node
// The consumer test (npm test): ce used as a third party would. It packs every published workspace
// package, checks each tarball's surface, installs the tarballs with production dependencies into a
// fresh project, prints the install size (limit 150 MB), imports and calls each package, type-checks
// a strict consumer without skipLibCheck, and links the sample plugin written from docs/plugins.md
// and runs its command, CI executor and node strategy against the installed ce.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { writeDocumentedFiles } from './docs-plugin.mjs';
import { surfaceProblems } from './surface.mjs';
import { packAll, publishedPackages } from './workspace-packages.mjs';

const LIMIT_MB = 150;
const CI_RENDER_LIMIT_MB = 15;
const repoRoot = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ce-consumer-'));
const env = cleanTestEnv(process.env, {
  CE_DATA_DIR: join(work, 'oclif', 'data'),
  CE_CONFIG_DIR: join(work, 'oclif', 'config'),
  CE_CACHE_DIR: join(work, 'oclif', 'cache'),
});
const failures = [];
const started = Date.now();
const step = (title) => process.stdout.write(`\n${title} (at ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}\n${result.stderr}${result.stdout}`);
  return result;
}

function check(label, fn) {
  try {
    fn();
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
  }
}

try {
  step('pack');
  const packages = publishedPackages(repoRoot);
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packed = packAll(repoRoot, packages, tarballs);
  for (const p of packed) process.stdout.write(`  ${p.filename} (${(p.size / 1024).toFixed(0)} kB packed, ${p.entryCount} files)\n`);
  failures.push(...packed.flatMap((p) => surfaceProblems(p, tarballs)));
  for (const p of packed)
    check(`publint ${p.name}`, () =>
      run(join(repoRoot, 'node_modules/.bin/publint'), ['run', join(tarballs, p.filename), '--strict'], work),
    );
  process.stdout.write(
    `  publint --strict on each tarball: ${failures.some((f) => f.startsWith('publint')) ? 'problems (below)' : 'all good'}\n`,
  );

  step('install the tarballs (production dependencies only)');
  const app = installTarballs(
    'app',
    packed.map((p) => p.name),
    packed,
    tarballs,
  );
  const mb = installSize(app);
  process.stdout.write(`  install size: ${mb.toFixed(1)} MB (limit ${LIMIT_MB} MB)\n`);
  const heavy = ['typescript', 'tree-sitter-typescript', 'tree-sitter-python'].filter((n) => existsSync(join(app, 'node_modules', n)));
  if (heavy.length > 0) failures.push(`installed although optional or dev-only: ${heavy.join(', ')}`);
  if (mb > LIMIT_MB) failures.push(`install size ${mb.toFixed(1)} MB is over ${LIMIT_MB} MB`);

  step('install @ce/ci-render alone');
  check('ci-render alone', () => {
    const alone = installSize(installTarballs('ci-render-alone', closure('@ce/ci-render', packages), packed, tarballs));
    process.stdout.write(`  install size: ${alone.toFixed(1)} MB (limit ${CI_RENDER_LIMIT_MB} MB)\n`);
    if (alone > CI_RENDER_LIMIT_MB) throw new Error(`@ce/ci-render alone installs ${alone.toFixed(1)} MB, over ${CI_RENDER_LIMIT_MB} MB`);
  });

  step('import and call each package');
  copyFileSync(new URL('./consumer/use-packages.mjs', import.meta.url), join(app, 'use-packages.mjs'));
  check('calls', () => process.stdout.write(run(process.execPath, ['use-packages.mjs', ...packed.map((p) => p.name)], app).stdout));

  step("run each package README's example (from the installed package)");
  check('README examples', () =>
    runReadmeExamples(
      app,
      packed.map((p) => p.name),
    ),
  );

  step('optional parts: TypeScript and the grammars');
  copyFileSync(new URL('./consumer/optional-parts.mjs', import.meta.url), join(app, 'optional-parts.mjs'));
  check('optional parts', () =>
    process.stdout.write(run(process.execPath, ['optional-parts.mjs', join(repoRoot, 'node_modules/typescript')], app).stdout),
  );

  step('type-check a strict consumer (no skipLibCheck)');
  check('strict consumer', () =>
    typecheckStrictConsumer(
      app,
      packed.map((p) => p.name),
    ),
  );

  step('link the plugin of docs/plugins.md and run its three extensions');
  check('docs plugin', () => runDocsPlugin(app));
} catch (error) {
  failures.push(error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  process.stderr.write(`\nconsumer test failed:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\nconsumer test passed\n');
}

/** A fresh project under the work folder with these packages' tarballs installed (production only). */
function installTarballs(folder, names, packed, tarballs) {
  const dir = join(work, folder);
  mkdirSync(dir);
  const chosen = packed.filter((p) => names.includes(p.name));
  const dependencies = Object.fromEntries(chosen.map((p) => [p.name, `file:${join(tarballs, p.filename)}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2));
  run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

/** The size of a project's node_modules in MB. */
function installSize(dir) {
  return Number(execFileSync('du', ['-sk', join(dir, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]) / 1024;
}

/** A workspace package and the workspace packages it depends on, transitively. */
function closure(name, packages) {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const found = new Set();
  const visit = (n) => {
    if (found.has(n) || !byName.has(n)) return;
    found.add(n);
    for (const dep of Object.keys(byName.get(n).manifest.dependencies ?? {})) visit(dep);
  };
  visit(name);
  return [...found];
}

function runReadmeExamples(app, names) {
  for (const name of names) {
    const readme = readFileSync(join(app, 'node_modules', name, 'README.md'), 'utf8');
    const example = /^```js\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    if (!example) {
      if (name !== '@ce/cli') failures.push(`${name}: its README has no js example`);
      continue;
    }
    const file = join(app, `readme-${name.replace(/\W/g, '-')}.mjs`);
    writeFileSync(file, example);
    run(process.execPath, [file], app);
    process.stdout.write(`  ${name}: README example ran\n`);
  }
}

function typecheckStrictConsumer(app, names) {
  const lines = names.map((name, i) => `import * as p${i} from '${name}';\nexport const names${i}: string[] = Object.keys(p${i});`);
  writeFileSync(join(app, 'consumer.ts'), `${lines.join('\n')}\n`);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      noEmit: true,
      types: ['node'],
      typeRoots: ['./node_modules/@types', join(repoRoot, 'node_modules/@types')],
    },
    files: ['consumer.ts'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  process.stdout.write(`  ${names.length} packages type-check with strict: true, skipLibCheck: false\n`);
}

function runDocsPlugin(app) {
  const ce = (args, cwd = app) => run(process.execPath, [join(app, 'node_modules/@ce/cli/bin/run.js'), ...args], cwd);
  const plugin = join(work, 'ce-plugin-shell');
  const files = writeDocumentedFiles(join(repoRoot, 'docs/plugins.md'), plugin);
  process.stdout.write(`  from docs/plugins.md: ${files.join(', ')}\n`);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], plugin);
  ce(['plugins', 'link', plugin, '--no-install']);
  const hello = ce(['shell-hello', 'reader', '--json']);
  if (JSON.parse(hello.stdout).greeting !== 'hello reader') throw new Error(`command answered ${hello.stdout}`);
  if (hello.stderr !== '') throw new Error(`a later command printed on stderr: ${hello.stderr}`);
  process.stdout.write('  command: ce shell-hello answered\n');

  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'ci'), { recursive: true });
  writeFileSync(
    join(repo, 'ci/pipeline.yml'),
    'name: lib\nstages:\n  - stage: test\n    nodes:\n      - { name: unit, command: npm test }\n',
  );
  run('git', ['init', '-q'], repo);
  ce(['ci', 'render', '--target', 'shell', '--out', 'ci.sh'], repo);
  const script = run('cat', ['ci.sh'], repo).stdout;
  if (!script.startsWith('#!/bin/sh') || !script.includes('npm test')) throw new Error(`executor wrote ${script}`);
  process.stdout.write('  ci-executor: ce ci render --target shell wrote ci.sh\n');

  const piped = ce(['pipeline', 'run', 'prp-generation', '--mode', 'integration', '--strategy', 'synthesize=shout', '--json'], repo);
  const synthesize = JSON.parse(piped.stdout).nodes.find((n) => n.name === 'synthesize');
  if (synthesize?.strategy !== 'shout') throw new Error(`the synthesize node ran ${synthesize?.strategy}`);
  process.stdout.write('  node-strategy: ce pipeline run used shout for synthesize\n');
}
