import { asRecord } from '@ce/core';

/**
 * Azure Pipelines' conditional insertion: a list item whose key is a template expression
 * (`- ${{ if eq(parameters.shell, 'unix') }}:`, `${{ elseif … }}`, `${{ else }}`) stands for the items
 * under it when the condition holds at compile time. A condition on a template parameter whose value is
 * known (`eq(parameters.x, 'v')`, `ne(…)`) is decided; any other may hold on some run, so its items are read.
 * https://learn.microsoft.com/azure/devops/pipelines/process/template-expressions#conditional-insertion
 */

type Map = Record<string, unknown>;

const INSERTION = /^\$\{\{\s*(if|elseif|else)\b(.*)\}\}$/;
const COMPARISON = /^(eq|ne)\(\s*parameters\.([\w-]+)\s*,\s*'([^']*)'\s*\)$/i;

/** The items of a list with each conditional insertion replaced by the items it inserts (nested ones too). */
export function withInsertions(items: unknown[], params: Record<string, string>, depth = 0): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    const record = asRecord(item);
    const keys = record === undefined ? [] : Object.keys(record);
    if (record === undefined || keys.length === 0 || !keys.every((k) => INSERTION.test(k.trim()))) {
      out.push(item);
      continue;
    }
    for (const key of keys) {
      const inserted = record[key];
      if (depth < 3 && Array.isArray(inserted) && mayHold(key.trim(), params)) out.push(...withInsertions(inserted, params, depth + 1));
    }
  }
  return out;
}

/** Whether an `if`/`elseif` condition may hold; `else` may (its `if` is not always decided). */
function mayHold(key: string, params: Record<string, string>): boolean {
  const condition = (INSERTION.exec(key)?.[2] ?? '').trim();
  const m = COMPARISON.exec(condition);
  const value = m === null ? undefined : params[m[2] as string];
  if (m === null || value === undefined) return true;
  const equal = value.toLowerCase() === (m[3] as string).toLowerCase();
  return (m[1] as string).toLowerCase() === 'eq' ? equal : !equal;
}

/** The maps of a list, conditional insertions read (see withInsertions). */
export function insertedMaps(value: unknown, params: Record<string, string>): Map[] {
  return withInsertions(Array.isArray(value) ? value : [], params)
    .map((v) => asRecord(v))
    .filter((v): v is Map => v !== undefined);
}
