#!/usr/bin/env node
// prepack / postpack of every published @ce package. The `@ce/source` export condition points
// at src/ for development inside the monorepo (tests and type-checks read the sources); src/ is
// not in the tarball, so a published package.json must not name it. `prepack` saves the
// development manifest beside package.json and writes one without the condition; `postpack`
// puts the development manifest back. npm has no publishConfig.exports, hence this step.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const SAVED = '.package.dev.json';
const [step] = process.argv.slice(2);

/** A copy of an exports map without the development condition, at any depth. */
export function withoutSourceCondition(value) {
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '@ce/source')
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
}

if (step === 'prepack') {
  const text = readFileSync('package.json', 'utf8');
  if (!existsSync(SAVED)) writeFileSync(SAVED, text);
  const manifest = JSON.parse(text);
  manifest.exports = withoutSourceCondition(manifest.exports);
  delete manifest.devDependencies;
  writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
} else if (step === 'postpack') {
  if (existsSync(SAVED)) renameSync(SAVED, 'package.json');
} else {
  process.stderr.write('usage: pack-manifest.mjs prepack|postpack\n');
  process.exitCode = 2;
}
