#!/usr/bin/env node
// Lists functions longer than the house limit (150 lines) in packages/*/src, using the TypeScript
// compiler API so that nested functions, methods, arrows and accessors are each measured on their
// own span. Exits 1 when any offender is outside the allowed paths.
//   node tools/check-function-length.mjs [--max N] [--all]   (--all also lists excluded paths)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max');
const max = maxIndex >= 0 ? Number(args[maxIndex + 1]) : 150;
const showAll = args.includes('--all');

// Being split on their own branch (issue 19, item 2); remove once merged.
const excluded = ['packages/validate/src/conformance/', 'packages/ci-render/src/condition.ts'];

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') out.push(...sourceFiles(path));
    } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

// A describe() callback is a list of tests, not a function read as one unit: its tests are measured.
function isDescribeCallback(node) {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node)) return false;
  let callee = call.expression;
  while (ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && callee.text === 'describe';
}

function longFunctions(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isDescribeCallback(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.end).line + 1;
      const lines = end - start + 1;
      if (lines > max) found.push({ name: functionName(node), start, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const offenders = [];
for (const pkg of readdirSync(join(root, 'packages'))) {
  let files;
  try {
    files = sourceFiles(join(root, 'packages', pkg, 'src'));
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/');
    const allowed = excluded.some((e) => rel === e || rel.startsWith(e));
    for (const f of longFunctions(file)) offenders.push({ ...f, file: rel, allowed });
  }
}

let failed = 0;
for (const o of offenders) {
  if (o.allowed && !showAll) continue;
  if (!o.allowed) failed++;
  console.log(`${o.file}:${o.start}  ${o.name}  ${o.lines} lines${o.allowed ? '  (excluded)' : ''}`);
}
if (failed > 0) {
  console.error(`${failed} function(s) in packages/ are longer than ${max} lines: split them (one concept per function).`);
  process.exit(1);
}
console.log(`no function in packages/ is longer than ${max} lines${showAll ? '' : ' (outside the excluded paths)'}`);
