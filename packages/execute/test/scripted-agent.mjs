#!/usr/bin/env node
// A scripted coding agent for tests, driven through ce's `command` adapter exactly as a real one
// would be: the prompt arrives on stdin, the agent edits the working tree (its cwd), prints a
// summary and exits 0. What it does comes from a plan file (AGENT_PLAN): the first step whose
// `when` pattern matches the prompt and that has runs left writes and deletes files.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const prompt = readFileSync(0, 'utf8');
const planFile = process.env.AGENT_PLAN;
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const countsFile = `${planFile}.counts.json`;
const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : {};
const index = plan.steps.findIndex((s, i) => new RegExp(s.when, 'm').test(prompt) && (counts[i] ?? 0) < (s.times ?? Infinity));
if (index < 0) {
  process.stdout.write('nothing to do\n');
  process.exit(0);
}
counts[index] = (counts[index] ?? 0) + 1;
writeFileSync(countsFile, JSON.stringify(counts));
const step = plan.steps[index];
if (step.sleepMs) await new Promise((r) => setTimeout(r, step.sleepMs));
for (const [path, content] of Object.entries(step.write ?? {})) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
for (const path of step.delete ?? []) rmSync(path, { force: true });
process.stdout.write(`${step.summary ?? `step ${index}`}\n`);
