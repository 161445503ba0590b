/**
 * Another repository's reusable workflow is often handed the names of the project's own
 * package.json scripts (`with: { command: format }`, `commands: '["build", "types", "test"]'`): it
 * runs those scripts, so what they do is known here even though the called file is not. The names
 * are read from every input value (one word, a comma list or a JSON list) that is a root script.
 */
export function scriptsNamedByInputs(inputs: unknown, scripts: Record<string, string>): string[] {
  if (inputs === null || typeof inputs !== 'object') return [];
  const out: string[] = [];
  for (const value of Object.values(inputs as Record<string, unknown>)) {
    if (typeof value !== 'string') continue;
    for (const name of wordsOf(value)) if (Object.hasOwn(scripts, name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function wordsOf(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/** The root package.json's scripts (none when it is missing or unreadable). */
export function rootScripts(read: (path: string) => string | undefined): Record<string, string> {
  try {
    const scripts: unknown = (JSON.parse(read('package.json') ?? '{}') as Record<string, unknown>)['scripts'];
    if (scripts === null || typeof scripts !== 'object') return {};
    return Object.fromEntries(Object.entries(scripts).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}
