import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { UsageError, yamlWithinLimits } from '@ce/core';
import { ConditionSyntaxError, parseCondition } from './condition-parser.js';
import { formatPath, invalidPipelineError, type PipelineIssue } from './pipeline-issues.js';
import { pipelineSchema } from './pipeline-schema.js';
import type { Pipeline, WhenSpec } from './pipeline-types.js';

/** The result of checking a definition: the pipeline when valid, else every issue found. */
export type PipelineCheck =
  { valid: true; pipeline: Pipeline; issues: [] } | { valid: false; pipeline: undefined; issues: PipelineIssue[] };

let compiled: ReturnType<Ajv['compile']> | undefined;
function schemaValidator(): ReturnType<Ajv['compile']> {
  if (!compiled) {
    // The schema is ours and tested: skip compiling the draft-07 meta-schema (saves start-up time).
    const { $schema: _meta, $id: _id, ...schema } = pipelineSchema;
    const ajv = new Ajv({ allErrors: true, strict: false, meta: false, validateSchema: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describeAjvError(error: ErrorObject): { path: (string | number)[]; message: string } {
  const path = pointerToPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path, message: `unknown key "${String(p['additionalProperty'])}"` };
    case 'required':
      return { path, message: `missing "${String(p['missingProperty'])}"` };
    case 'enum':
      return { path, message: `must be one of ${(p['allowedValues'] as unknown[]).join(', ')}` };
    case 'anyOf':
      return {
        path,
        message:
          path.at(-1) === 'when'
            ? 'must be a condition string or a mapping of branch, event, condition'
            : 'must be a string or a list of strings',
      };
    case 'type':
      return { path, message: `must be ${String(p['type']).replace(/,/g, ' or ')}` };
    case 'pattern':
      return { path: path.slice(0, -1), message: `"${String(path.at(-1))}" is not a valid variable name (letters, digits, _)` };
    case 'propertyNames':
      return { path, message: `"${String(p['propertyName'])}" is not a valid variable name (letters, digits, _)` };
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}

function schemaIssues(errors: ErrorObject[]): { path: (string | number)[]; message: string }[] {
  // An anyOf failure also reports each branch's errors. When a branch got past the type check (the
  // value has that branch's shape), its own errors are the specific ones; otherwise keep the anyOf.
  const kept: ErrorObject[] = [];
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ErrorObject, a: ErrorObject): boolean => e !== a && e.schemaPath.startsWith(`${a.schemaPath}/`);
  for (const e of errors) {
    const owner = anyOfs.find((a) => inBranch(e, a));
    if (e.keyword === 'anyOf') {
      const specific = errors.some((b) => inBranch(b, e) && !(b.keyword === 'type' && b.instancePath === e.instancePath));
      if (!specific) kept.push(e);
    } else if (!owner || !(e.keyword === 'type' && e.instancePath === owner.instancePath)) {
      kept.push(e);
    }
  }
  // propertyNames reports the inner pattern failure as well.
  const withoutInner = kept.filter(
    (e) => !(e.keyword === 'pattern' && e.schemaPath.includes('/propertyNames/') && kept.some((k) => k.keyword === 'propertyNames')),
  );
  const seen = new Set<string>();
  const out: { path: (string | number)[]; message: string }[] = [];
  for (const e of withoutInner) {
    const issue = describeAjvError(e);
    const key = `${formatPath(issue.path)}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The semantic checks that a schema cannot express. */
function semanticIssues(pipeline: Pipeline): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const stageIndex = new Map<string, number>();
  pipeline.stages.forEach((stage, i) => {
    const first = stageIndex.get(stage.stage);
    if (first !== undefined)
      issues.push({ path: ['stages', i, 'stage'], message: `duplicate stage name "${stage.stage}" (also stages[${first}])` });
    else stageIndex.set(stage.stage, i);
  });
  /** Checks `when` and `condition` of a stage or node; true when either is given. */
  const checkWhen = (owner: { when?: WhenSpec | string; condition?: string }, path: (string | number)[]): boolean => {
    const parts: [unknown, (string | number)[]][] = [
      [typeof owner.when === 'string' ? owner.when : undefined, [...path, 'when']],
      [typeof owner.when === 'object' ? owner.when.condition : undefined, [...path, 'when', 'condition']],
      [owner.condition, [...path, 'condition']],
    ];
    for (const [text, at] of parts) {
      if (typeof text !== 'string') continue;
      try {
        parseCondition(text);
      } catch (error) {
        if (!(error instanceof ConditionSyntaxError)) throw error;
        issues.push({ path: at, message: `${error.message} at column ${error.offset + 1}` });
      }
    }
    return owner.when !== undefined || owner.condition !== undefined;
  };
  pipeline.stages.forEach((stage, i) => {
    const deps = stage.depends_on;
    const depList = asList(deps);
    const seenDeps = new Set<string>();
    depList.forEach((dep, j) => {
      const path: (string | number)[] = Array.isArray(deps) ? ['stages', i, 'depends_on', j] : ['stages', i, 'depends_on'];
      if (!stageIndex.has(dep)) issues.push({ path, message: `unknown stage "${dep}"` });
      else if (dep === stage.stage) issues.push({ path, message: `stage "${dep}" depends on itself` });
      else if (seenDeps.has(dep)) issues.push({ path, message: `stage "${dep}" is listed twice` });
      seenDeps.add(dep);
    });
    const stageWhen = checkWhen(stage, ['stages', i]);
    const nodes = stage.nodes ?? [];
    if (nodes.length === 0) {
      issues.push({ path: ['stages', i, 'nodes'], message: `stage "${stage.stage}" has no nodes` });
      return;
    }
    const names = new Map<string, number>();
    nodes.forEach((node, j) => {
      const path = ['stages', i, 'nodes', j];
      const first = names.get(node.name);
      if (first !== undefined)
        issues.push({
          path: [...path, 'name'],
          message: `duplicate node name "${node.name}" in stage "${stage.stage}" (also nodes[${first}])`,
        });
      else names.set(node.name, j);
      const strategy = node.strategy ?? 'real';
      const commands = asList(node.command);
      if (strategy !== 'mock' && (commands.length === 0 || commands.every((c) => c.trim() === ''))) {
        issues.push({ path: [...path, 'command'], message: `node "${node.name}" has no command` });
      }
      const nodeWhen = checkWhen(node, path);
      if (strategy === 'conditional' && !nodeWhen && !stageWhen) {
        issues.push({
          path: [...path, 'strategy'],
          message: `conditional node "${node.name}" needs a "when" or "condition" (on the node or its stage)`,
        });
      }
    });
  });
  // Cycles among stages (only when every dependency is known).
  if (!issues.some((i) => i.message.startsWith('unknown stage'))) {
    const state = new Map<number, 'visiting' | 'done'>();
    const stack: number[] = [];
    const visit = (i: number): boolean => {
      if (state.get(i) === 'done') return false;
      if (state.get(i) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(i)), i].map((k) => pipeline.stages[k]?.stage);
        const from = stack.at(-1) as number;
        const j = asList(pipeline.stages[from]?.depends_on).indexOf(pipeline.stages[i]?.stage ?? '');
        const path: (string | number)[] = Array.isArray(pipeline.stages[from]?.depends_on)
          ? ['stages', from, 'depends_on', j]
          : ['stages', from, 'depends_on'];
        issues.push({ path, message: `dependency cycle: ${cycle.join(' → ')} (each depends on the next)` });
        return true;
      }
      state.set(i, 'visiting');
      stack.push(i);
      for (const dep of asList(pipeline.stages[i]?.depends_on)) {
        const k = stageIndex.get(dep);
        if (k !== undefined && k !== i && visit(k)) return true;
      }
      stack.pop();
      state.set(i, 'done');
      return false;
    };
    for (let i = 0; i < pipeline.stages.length; i++) {
      stack.length = 0;
      if (visit(i)) break;
    }
  }
  return issues;
}

function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Checks pipeline YAML text: YAML syntax, then the JSON Schema, then the semantic checks. */
function yamlIssues(text: string): { doc: Document; lines: LineCounter; issues: PipelineIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // Later YAML errors are usually consequences of the first: report that one.
  const issues = doc.errors.slice(0, 1).map((e) => ({
    path: '(yaml)',
    message: e.message.split('\n')[0] ?? 'invalid YAML',
    line: lines.linePos(e.pos[0]).line,
  }));
  return { doc, lines, issues };
}

/**
 * Checks pipeline YAML text: YAML syntax, then the JSON Schema, then the semantic checks.
 * The data is read with js-yaml (YAML 1.2 core schema, ~10× faster on big files); the yaml library's
 * document model is built only when there is a problem to locate (line numbers, its error messages).
 */
export function checkPipelineText(text: string): PipelineCheck {
  // Deeper text makes the YAML parsers recurse past the stack or fold a line in quadratic time.
  if (!yamlWithinLimits(text)) {
    const message = 'nested more than 64 levels or indented more than 400 columns: deeper than any real pipeline';
    return { valid: false, pipeline: undefined, issues: [{ path: '(yaml)', message, line: 1 }] };
  }
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const { issues } = yamlIssues(text);
    if (issues.length > 0) return { valid: false, pipeline: undefined, issues };
    // Only js-yaml objected: use its own message and position.
    const e = error as { reason?: string; message?: string; mark?: { line?: number } };
    const message = e.reason ?? e.message?.split('\n')[0] ?? 'invalid YAML';
    return { valid: false, pipeline: undefined, issues: [{ path: '(yaml)', message, line: (e.mark?.line ?? 0) + 1 }] };
  }
  const located = (found: { path: (string | number)[]; message: string }[]): PipelineIssue[] => {
    const { doc, lines } = yamlIssues(text);
    return found.map((i) => {
      const line = lineOf(doc, lines, i.path);
      return { path: formatPath(i.path), message: i.message, ...(line !== undefined ? { line } : {}) };
    });
  };
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return { valid: false, pipeline: undefined, issues: [{ path: '(root)', message: 'must be a mapping with a "stages" list', line: 1 }] };
  }
  const validate = schemaValidator();
  if (!validate(data)) {
    return { valid: false, pipeline: undefined, issues: located(schemaIssues(validate.errors ?? [])) };
  }
  const pipeline = data as Pipeline;
  const semantic = semanticIssues(pipeline);
  if (semantic.length > 0) return { valid: false, pipeline: undefined, issues: located(semantic) };
  return { valid: true, pipeline, issues: [] };
}

/** Parses pipeline text or throws a UsageError (exit 2) naming `file`, the path and the line of each problem. */
export function parsePipeline(text: string, file = 'pipeline.yml'): Pipeline {
  const check = checkPipelineText(text);
  if (!check.valid) throw invalidPipelineError(file, check.issues);
  return check.pipeline;
}

/** Reads and parses a pipeline file; a missing file is a UsageError too. */
export function readPipelineText(file: string, display = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError('pipeline-not-found', `${display}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, {
      file: display,
      hint: 'give the path of an abstract pipeline YAML file, e.g. ci/pipeline.yml',
    });
  }
}
