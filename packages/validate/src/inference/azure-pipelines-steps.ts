import { posix } from 'node:path';
import { parseDocument } from 'yaml';
import { asRecord, yamlWithinLimits } from '@ce/core';
import { lineOf } from './evidence.js';
import { withoutPowerShellSyntax } from './powershell-step.js';
import type { CiScript } from './ci-script.js';
import { withJobToxEnvs } from './azure-job-variables.js';
import { insertedMaps } from './azure-conditional-insertion.js';
import { dotnetTestTaskScript } from './azure-dotnet-task.js';

/**
 * Azure Pipelines (`azure-pipelines.yml`, `.azure-pipelines/*.yml`): the scripts of the steps of its
 * jobs (`steps:`, `jobs[].steps`, `stages[].jobs[].steps`). `script:` and `bash:` are shell scripts;
 * `pwsh:` and `powershell:` are PowerShell, read without the language's own syntax as a GitHub step
 * run by pwsh is. A `task:` is a packaged step whose work the repository does not hold, except the
 * tasks that only run an inline script. A `template:` in the repository is read where it is used.
 * https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/
 */

type Map = Record<string, unknown>;
type Read = (path: string) => string | undefined;

/**
 * A `condition:` that holds only after a merge, on a tag or outside pull requests
 * (`eq(variables['Build.SourceBranch'], 'refs/heads/main')`, `ne(variables['Build.Reason'], 'PullRequest')`).
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables
 */
const MERGED_ONLY =
  /eq\(\s*variables\[?['".]*Build\.SourceBranch(Name)?['"\]]*\s*,\s*['"](refs\/heads\/)?(main|master)['"]|startsWith\(\s*variables\[?['".]*Build\.SourceBranch['"\]]*\s*,\s*['"]refs\/tags|ne\(\s*variables\[?['".]*Build\.Reason['"\]]*\s*,\s*['"]PullRequest['"]|eq\(\s*variables\[?['".]*Build\.Reason['"\]]*\s*,\s*['"](Schedule|IndividualCI|BatchedCI|Manual)['"]/i;

/** Packaged tasks whose only work is the inline script of their inputs, by task name. */
const INLINE_TASKS: Record<string, string> = { Bash: 'script', CmdLine: 'script', PowerShell: 'script' };

/** The pipeline files of a repository that are pipelines, not templates other files include. */
export function azurePipelineFiles(names: string[], read: Read): string[] {
  const included = new Set<string>();
  for (const file of names)
    for (const m of (read(file) ?? '').matchAll(/^\s*-?\s*template:\s*['"]?([^\s'"@#]+)['"]?\s*$/gm))
      included.add(posix.normalize(posix.join(posix.dirname(file), m[1] as string)));
  return names.filter((f) => !included.has(f));
}

/** The scripts of a pipeline's jobs that run for a pull request. */
export function azureScripts(file: string, readFile: Read): CiScript[] {
  const read = boundedReader(readFile);
  const data = parsed(read(file));
  if (data === undefined || /^(none|false)$/i.test(String(data['pr']))) return [];
  const jobs = jobsOf(data, file, read, {}, 0);
  const windows = jobs.filter((j) => isWindowsJob(j.job));
  const mixed = windows.length < jobs.length;
  return jobs.flatMap((j) => scriptsOf(j, mixed && isWindowsJob(j.job)));
}

/**
 * Work per pipeline: files read or included (each inclusion a parse, memoized) and steps looked at.
 * Real pipelines include a handful of templates and hold hundreds of steps; templates that include
 * each other in a fan-out would multiply without end, so a hostile repository stops here instead of
 * hanging inference.
 */
const MAX_READS = 1_000;
const MAX_STEPS = 20_000;
const budgets = new WeakMap<Read, { reads: number; steps: number; parsed: globalThis.Map<string, Map | undefined> }>();

function boundedReader(read: Read): Read {
  const budget = { reads: MAX_READS, steps: MAX_STEPS, parsed: new globalThis.Map<string, Map | undefined>() };
  const bounded: Read = (path) => (--budget.reads < 0 ? undefined : read(path));
  budgets.set(bounded, budget);
  return bounded;
}

/** A file of the pipeline parsed once per reader; every inclusion still counts against its reads. */
function parsedAt(path: string, read: Read): Map | undefined {
  const budget = budgets.get(read);
  if (budget === undefined) return parsed(read(path));
  if (--budget.reads < 0) return undefined;
  if (!budget.parsed.has(path)) budget.parsed.set(path, parsed(read(path)));
  return budget.parsed.get(path);
}

/** Whether one more step may be looked at. */
function stepAllowed(read: Read): boolean {
  const budget = budgets.get(read);
  return budget === undefined || --budget.steps >= 0;
}

function parsed(text: string | undefined): Map | undefined {
  try {
    return text !== undefined && yamlWithinLimits(text) ? asRecord(parseDocument(text).toJS()) : undefined;
  } catch {
    return undefined;
  }
}

interface Job {
  name: string;
  job: Map;
  /** The file the job's steps are written in, its text, and the template parameters in force there. */
  file: string;
  params: Record<string, string>;
  read: Read;
}

/** A pipeline's (or template's) jobs: its stages' jobs, its jobs, or its `steps:` as one job. */
function jobsOf(node: Map, file: string, read: Read, params: Record<string, string>, depth: number): Job[] {
  if (depth > 3 || !runsForPullRequests(node)) return [];
  const out: Job[] = [];
  for (const stage of insertedMaps(node['stages'], params)) {
    const included = template(stage, file, read, params);
    if (included) out.push(...jobsOf(included.node, included.file, read, included.params, depth + 1));
    else if (runsForPullRequests(stage)) out.push(...jobsOf({ jobs: stage['jobs'] }, file, read, params, depth + 1));
  }
  for (const job of insertedMaps(node['jobs'], params)) {
    const included = template(job, file, read, params);
    if (included) out.push(...jobsOf(included.node, included.file, read, included.params, depth + 1));
    // `- deployment:` ships a build; only `- job:` checks one.
    else if (job['deployment'] === undefined && runsForPullRequests(job))
      out.push({ name: String(job['job'] ?? job['displayName'] ?? ''), job: { pool: node['pool'], ...job }, file, params, read });
  }
  if (Array.isArray(node['steps'])) out.push({ name: '', job: node, file, params, read });
  return out;
}

function runsForPullRequests(node: Map): boolean {
  const condition = node['condition'];
  return typeof condition !== 'string' || /\bor\(/i.test(condition) || !MERGED_ONLY.test(condition);
}

function listOf(value: unknown): Map[] {
  return (Array.isArray(value) ? value : []).map((v) => asRecord(v)).filter((v): v is Map => v !== undefined);
}

/** A `template:` of this repository (not `file@other-repo`), its parameters' defaults overridden by the ones passed. */
function template(
  entry: Map,
  file: string,
  read: Read,
  params: Record<string, string>,
): { node: Map; file: string; params: Record<string, string> } | undefined {
  const name = entry['template'];
  if (typeof name !== 'string' || name.includes('@')) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(file), withParameters(name, params)).replace(/^\//, ''));
  const node = parsedAt(path, read);
  if (node === undefined) return undefined;
  const values: Record<string, string> = {};
  const declared = node['parameters'];
  for (const p of Array.isArray(declared)
    ? listOf(declared)
    : Object.entries(asRecord(declared) ?? {}).map(([k, v]) => ({ name: k, default: v })))
    if (typeof p['name'] === 'string' && isScalar(p['default'])) values[p['name']] = String(p['default']);
  for (const [k, v] of Object.entries(asRecord(entry['parameters']) ?? {})) if (isScalar(v)) values[k] = withParameters(String(v), params);
  return { node, file: path, params: values };
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** `${{ parameters.name }}` as its value, where it has one. */
function withParameters(text: string, params: Record<string, string>): string {
  return text.replace(/\$\{\{\s*parameters\.([\w-]+)\s*\}\}/g, (m, name: string) => params[name] ?? m);
}

/** A job whose pool is a Windows image (`vmImage: windows-latest`, or a matrix of Windows images only). */
function isWindowsJob(job: Map): boolean {
  const image = asRecord(job['pool'])?.['vmImage'] ?? job['pool'];
  if (typeof image !== 'string') return false;
  const variable = /^\$\((\w+)\)$/.exec(image.trim())?.[1];
  const images = variable
    ? Object.values(asRecord(asRecord(job['strategy'])?.['matrix']) ?? {}).map((row) => asRecord(row)?.[variable])
    : [image];
  return images.length > 0 && images.every((i) => typeof i === 'string' && /windows|^vs20\d\d|^win/i.test(i));
}

/** The scripts of a job's steps, and of the templates of steps it includes. */
function scriptsOf(j: Job, windowsOnly: boolean, steps: unknown = j.job['steps'], depth = 0): CiScript[] {
  const out: CiScript[] = [];
  const text = j.read(j.file) ?? '';
  for (const step of insertedMaps(steps, j.params)) {
    if (!stepAllowed(j.read)) break;
    const included = depth < 3 ? template(step, j.file, j.read, j.params) : undefined;
    if (included) {
      out.push(...scriptsOf({ ...j, file: included.file, params: included.params }, windowsOnly, included.node['steps'], depth + 1));
      continue;
    }
    const script = scriptOf(step);
    if (script === undefined || !runsForPullRequests(step)) continue;
    const body = withParameters(script, j.params);
    const first = script.split(/\r?\n/).find((l) => l.trim() !== '') ?? script;
    const dir = step['workingDirectory'];
    const shell = step['pwsh'] !== undefined || step['powershell'] !== undefined ? withoutPowerShellSyntax(body) : body;
    for (const each of withJobToxEnvs(shell, j.job))
      out.push({
        job: j.name,
        script: each,
        cwd: typeof dir === 'string' ? folderOf(dir) : '.',
        line: lineOf(text, first.trim()) || 1,
        file: j.file,
        ...(typeof step['displayName'] === 'string' ? { name: step['displayName'] } : {}),
        ...(windowsOnly ? { windowsOnly } : {}),
      });
  }
  return out;
}

/** What a step runs: its `script:`/`bash:`/`pwsh:`/`powershell:`, or an inline-script task's script. */
function scriptOf(step: Map): string | undefined {
  for (const key of ['script', 'bash', 'pwsh', 'powershell']) if (typeof step[key] === 'string') return step[key] as string;
  const task = typeof step['task'] === 'string' ? ((step['task'] as string).split('@')[0] ?? '') : '';
  const inputs = asRecord(step['inputs']) ?? {};
  const dotnetTest = dotnetTestTaskScript(task, inputs);
  if (dotnetTest !== undefined) return dotnetTest;
  const input = INLINE_TASKS[task];
  if (input === undefined || (inputs['targetType'] !== undefined && inputs['targetType'] !== 'inline')) return undefined;
  const script = inputs[input];
  if (typeof script !== 'string') return undefined;
  return task === 'PowerShell' ? withoutPowerShellSyntax(script) : script;
}

/** `$(Build.SourcesDirectory)/web` is the checkout's `web`; another absolute folder is outside it. */
function folderOf(dir: string): string {
  const relative = dir.replace(/^\$\((Build\.SourcesDirectory|System\.DefaultWorkingDirectory|Build\.Repository\.LocalPath)\)\/?/, '');
  return /^[~/$]|^[A-Za-z]:/.test(relative) ? '..' : relative.replace(/^\.\//, '') || '.';
}
