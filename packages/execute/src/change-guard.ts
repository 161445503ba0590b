import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDependencyManifest } from '@ce/context';
import { changesSince, contentAt, type FileChange } from './changed-lines.js';
import { RISKY_PATTERNS, TEST_DECLARATION, TEST_FILE } from './risky-patterns.js';
import { scanSecrets } from './secret-scan.js';
import type { ChangeFinding } from './types.js';

export interface GuardOptions {
  root: string;
  /** The commit the execution started from. */
  base: string;
  /** Files the PRP's tasks name: a dependency change there was asked for. */
  expectedFiles: readonly string[];
  /** Paths never inspected (the PRP file itself: ce writes its header). */
  exclude: readonly string[];
}

/**
 * Inspects every change since the execution's base for what must not pass without a person:
 * secrets, sudo / chmod 777 / curl | sh, code that builds shell commands or evals input, disabled
 * or skipped tests and checks, deleted tests, and dependency or lock file changes the PRP did not ask for.
 */
export async function inspectChanges(options: GuardOptions): Promise<ChangeFinding[]> {
  const changes = await changesSince(options.root, options.base, options.exclude);
  const findings: ChangeFinding[] = [];
  for (const change of changes) {
    findings.push(...(await dependencyFindings(options, change)));
    findings.push(...testRemovalFindings(change));
    findings.push(...patternFindings(change));
    if (!isDependencyManifest(change.path)) {
      for (const hit of await scanSecrets(change.path, change.added)) {
        findings.push(finding('secret', change.path, hit.line, `a secret in the diff: ${hit.message}`, hit.rule));
      }
    }
  }
  return findings;
}

function finding(trigger: ChangeFinding['trigger'], file: string, line: number, message: string, detail = ''): ChangeFinding {
  return { trigger, file, line, message, key: `${trigger}:${file}:${detail || message}` };
}

function patternFindings(change: FileChange): ChangeFinding[] {
  const out: ChangeFinding[] = [];
  for (const { line, text } of change.added) {
    for (const rule of RISKY_PATTERNS) {
      if (rule.pattern.test(text)) out.push(finding(rule.trigger, change.path, line, rule.message, text.trim().slice(0, 120)));
    }
  }
  return out;
}

function testRemovalFindings(change: FileChange): ChangeFinding[] {
  if (!TEST_FILE.test(change.path)) return [];
  if (change.status === 'deleted') return [finding('disabled-check', change.path, 0, 'deletes a test file')];
  const removed = change.removed.filter((l) => TEST_DECLARATION.test(l)).length;
  const added = change.added.filter((l) => TEST_DECLARATION.test(l.text)).length;
  return removed > added ? [finding('disabled-check', change.path, 0, `removes ${removed - added} test case(s)`)] : [];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'overrides'];

async function dependencyFindings(options: GuardOptions, change: FileChange): Promise<ChangeFinding[]> {
  if (!isDependencyManifest(change.path) || options.expectedFiles.includes(change.path)) return [];
  if (change.path.endsWith('package.json') && !(await packageDependenciesChanged(options, change.path))) return [];
  return [finding('dependency-change', change.path, 0, `changes ${change.path}, which the PRP does not ask for`)];
}

/** package.json changes count only when a dependency section changed (scripts may change freely). */
async function packageDependenciesChanged(options: GuardOptions, path: string): Promise<boolean> {
  const parse = (text: string | undefined): Record<string, unknown> => {
    try {
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const before = parse(await contentAt(options.root, options.base, path));
  let current: string | undefined;
  try {
    current = readFileSync(join(options.root, path), 'utf8');
  } catch {
    current = undefined; // deleted
  }
  const after = parse(current);
  return DEPENDENCY_FIELDS.some((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}
