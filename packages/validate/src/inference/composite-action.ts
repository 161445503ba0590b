import { parseDocument } from 'yaml';
import { yamlWithinLimits, asRecord } from '@ce/core';

/**
 * A local composite action (`uses: ./.github/actions/run-pytest`, with `action.yml` in that folder)
 * runs its own steps inside the calling job: its `run:` scripts are the job's commands, each
 * `${{ inputs.x }}` being the caller's `with:` value or the input's default.
 * https://docs.github.com/actions/sharing-automations/creating-actions/creating-a-composite-action
 */
export function compositeActionScripts(
  uses: string,
  given: Record<string, unknown> | undefined,
  read: (path: string) => string | undefined,
): string[] {
  if (!uses.startsWith('./')) return [];
  const folder = uses.replace(/^\.\//, '').replace(/\/+$/, '');
  const text = read(`${folder}/action.yml`) ?? read(`${folder}/action.yaml`);
  if (text !== undefined && !yamlWithinLimits(text)) return [];
  let data: Record<string, unknown> | undefined;
  try {
    data = asRecord(parseDocument(text ?? '').toJS());
  } catch {
    return [];
  }
  const runs = asRecord(data?.['runs']);
  if (runs?.['using'] !== 'composite' || !Array.isArray(runs['steps'])) return [];
  const inputs = inputValues(asRecord(data?.['inputs']), given);
  return runs['steps']
    .map((step) => asRecord(step)?.['run'])
    .filter((run): run is string => typeof run === 'string')
    .map((run) =>
      withAssignedValues(chosenBranches(run.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (m, k: string) => inputs.get(k) ?? m))),
    );
}

/** Each input's value: what the caller passes (when it is no expression of its own), else the default. */
function inputValues(declared: Record<string, unknown> | undefined, given: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, spec] of Object.entries(declared ?? {})) {
    const passed = given?.[name];
    const fallback = asRecord(spec)?.['default'];
    const value = passed !== undefined ? passed : fallback;
    if ((typeof value === 'string' && !value.includes('${{')) || typeof value === 'number' || typeof value === 'boolean')
      out.set(name, String(value));
  }
  return out;
}

const LITERAL_TEST = /^\s*(if|elif)\s+\[\[?\s+"([^"$]*)"\s+(==|=|!=)\s+"([^"$]*)"\s+\]\]?\s*;\s*then\s*$/;

/**
 * `if [ "integration" == "integration" ]; then … elif …; else … fi` once the inputs are in: the
 * branch the literal comparisons choose is what runs; the other branches are dropped. A chain whose
 * conditions are not all literal comparisons is left as it is.
 */
export function chosenBranches(script: string): string {
  const lines = script.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = LITERAL_TEST.test(lines[i] as string) && /^\s*if\s/.test(lines[i] as string) ? literalChain(lines, i) : undefined;
    if (end === undefined) {
      out.push(lines[i] as string);
      continue;
    }
    out.push(...end.kept);
    i = end.fi;
  }
  return out.join('\n');
}

/** The lines of the chosen branch of the `if` chain starting at `start`, and where its `fi` is; undefined when it is not all literal. */
function literalChain(lines: string[], start: number): { kept: string[]; fi: number } | undefined {
  let chosen: string[] | undefined;
  let current: string[] | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const test = LITERAL_TEST.exec(line);
    if (test || /^\s*else\s*$/.test(line)) {
      if (/^\s*(if|elif)\s/.test(line) && !test) return undefined;
      const holds = test ? (test[3] === '!=') !== (test[2] === test[4]) : true;
      current = chosen === undefined && holds ? [] : undefined;
      if (current) chosen = current;
      continue;
    }
    if (/^\s*(if|elif|case|for|while)\s/.test(line)) return undefined;
    if (/^\s*fi\s*$/.test(line)) return { kept: chosen ?? [], fi: i };
    current?.push(line);
  }
  return undefined;
}

/**
 * `MARKER="integration"` assigned once and `-m "$MARKER"` later: the value is the argument. Only a
 * variable assigned exactly once, to a literal, is read; others stay as written.
 */
function withAssignedValues(script: string): string {
  const assigned = new Map<string, string[]>();
  for (const m of script.matchAll(/^\s*([A-Za-z_]\w*)=(?:"([^"$`]*)"|'([^']*)'|([^\s"'$`;]*))\s*$/gm)) {
    const list = assigned.get(m[1] as string) ?? [];
    list.push(m[2] ?? m[3] ?? m[4] ?? '');
    assigned.set(m[1] as string, list);
  }
  return script.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (m, name: string) => {
    const values = assigned.get(name);
    return values && values.length === 1 ? (values[0] as string) : m;
  });
}
