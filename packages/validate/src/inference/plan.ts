import { isAbsolute, relative, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { cePaths, loadConfig, readPrp, UsageError, yamlWithinLimits, type CommandSpec } from '@ce/core';
import { inferPlan } from './infer.js';
import type { ScanOptions } from './scan.js';
import { emptyPlan, GATE_LEVELS, type PlannedCommand, type ValidationPlan } from './types.js';

export type PlanSource = 'prp' | 'config' | 'inferred';

export interface PlanOptions extends ScanOptions {
  root: string;
  /** A PRP file whose Validation Loop comes first. */
  prp?: string;
}

export interface ExplainedPlan {
  plan: ValidationPlan;
  /** Where each level's commands came from. */
  sources: Record<'1' | '2' | '3', PlanSource>;
}

function commandName(command: string): string {
  const words = command.trim().split(/\s+/);
  if (/^(npm|pnpm|yarn|bun|deno|make|just|uv|poetry|cargo|go|tox|nox|bundle)$/.test(words[0] ?? '')) {
    return words
      .filter((w) => !/^(run|exec|task|-s|-e)$/.test(w) && !w.startsWith('-'))
      .slice(0, 2)
      .join(' ');
  }
  return words[0] ?? command;
}

/**
 * The validation plan, level by level: the PRP's Validation Loop (when a PRP is given), else the
 * commands of `.ce/config.yml` `validation.commands`, else what the repository itself calls for.
 */
export function explainPlan(options: PlanOptions): ExplainedPlan {
  const { root } = options;
  const plan = emptyPlan();
  const sources: ExplainedPlan['sources'] = { '1': 'inferred', '2': 'inferred', '3': 'inferred' };
  let prpCommands: Record<number, string[]> | undefined;
  if (options.prp !== undefined) {
    const file = isAbsolute(options.prp) ? options.prp : resolve(root, options.prp);
    prpCommands = readPrp(file).validationCommands;
  }
  const configured = configuredCommands(root);
  let inferred: ValidationPlan | undefined;
  for (const level of GATE_LEVELS) {
    const key = String(level) as '1';
    const fromPrp = prpCommands?.[level] ?? [];
    if (fromPrp.length > 0) {
      plan.levels[key] = fromPrp.map((command) => ({ name: commandName(command), command, cwd: '.' }));
      sources[key] = 'prp';
      continue;
    }
    const fromConfig = configured[key] ?? [];
    if (fromConfig.length > 0) {
      plan.levels[key] = fromConfig.map((spec): PlannedCommand => ({
        name: spec.name ?? commandName(spec.command),
        command: spec.command,
        cwd: normaliseCwd(root, spec.cwd),
      }));
      sources[key] = 'config';
      continue;
    }
    inferred ??= inferPlan(root, options);
    plan.levels[key] = inferred.levels[key];
  }
  return { plan, sources };
}

/** The validation plan `{"levels":{"1":[…],"2":[…],"3":[…]}}`. */
export function planValidation(options: PlanOptions): ValidationPlan {
  return explainPlan(options).plan;
}

function normaliseCwd(root: string, cwd: string | undefined): string {
  if (!cwd || cwd === '.') return '.';
  const rel = relative(root, resolve(root, cwd)).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError('bad-cwd', `validation command cwd "${cwd}" is outside the repository`, {
      file: '.ce/config.yml',
      hint: 'use a folder relative to the repository root',
    });
  }
  return rel || '.';
}

/**
 * `validation.commands` of `.ce/config.yml`. The full config load (schema compile and check) is
 * skipped when neither the file nor the environment says anything about validation commands:
 * it would cost more than the whole inference.
 */
function configuredCommands(root: string): Partial<Record<'1' | '2' | '3', CommandSpec[]>> {
  const fromEnv = Object.keys(process.env).some((k) => k.startsWith('CE_VALIDATION__'));
  if (!fromEnv && !setsCommands(cePaths(root).config)) return {};
  return loadConfig(root).config.validation.commands;
}

/**
 * Whether `.ce/config.yml` sets `validation.commands`, or cannot be read: then `loadConfig` is left
 * to refuse it with the file and the line (malformed, unreadable, too deep for the parser).
 */
function setsCommands(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const text = readFileSync(file, 'utf8');
    if (!yamlWithinLimits(text)) return true;
    const raw = parseYaml(text) as { validation?: { commands?: unknown } } | null;
    return raw?.validation?.commands !== undefined;
  } catch {
    return true;
  }
}
