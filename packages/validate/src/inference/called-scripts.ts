import { commandLines } from './command-lines.js';
import { scriptInvocation } from './invocation.js';

/** npm-run-all's commands: `npm-run-all`, and its shorthands `run-p` (parallel) and `run-s` (sequential). */
const RUN_ALL = /^(npm-run-all2?|run-p|run-s)$/;

/**
 * npm-run-all's pattern as a test on script names: `*` stands for one `:`-separated part (`lint:*` is
 * `lint:js`, not `lint:js:fix`), `**` for any number of them. https://github.com/mysticatea/npm-run-all
 */
function patternTest(pattern: string): (name: string) => boolean {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((piece) => (piece === '**' ? '.+' : piece === '*' ? '[^:]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${source}$`);
  return (name) => re.test(name);
}

/** The scripts an npm-run-all line selects: every pattern word (options and their `--` arguments left out). */
function runAllSelection(words: string[], names: readonly string[]): string[] {
  const end = words.indexOf('--');
  const patterns = (end < 0 ? words : words.slice(0, end)).filter((w) => !w.startsWith('-')).map((w) => w.replace(/^["']|["']$/g, ''));
  const tests = patterns.map(patternTest);
  return names.filter((n) => tests.some((test) => test(n)));
}

/**
 * The package.json scripts a script body runs, its own calls first and theirs after: `npm run lint:js`,
 * `yarn lint:types`, and npm-run-all's patterns (`run-p --continue-on-error lint:*`). An umbrella
 * `lint` covers whatever the scripts it runs check (stylelint's `lint` is `run-p lint:*`, whose
 * `lint:formatting` is `prettier --check` and `lint:types` is `tsc`).
 */
export function calledScripts(body: string, scripts: Readonly<Record<string, unknown>>, seen: ReadonlySet<string> = new Set()): string[] {
  const names = Object.keys(scripts).filter((n) => typeof scripts[n] === 'string');
  const direct = commandLines(body).flatMap((line) => {
    const words = line.split(/\s+/);
    if (RUN_ALL.test(words[0] ?? '')) return runAllSelection(words.slice(1), names);
    const inv = scriptInvocation(line);
    return inv?.runner === 'node' && names.includes(inv.name) ? [inv.name] : [];
  });
  const fresh = [...new Set(direct)].filter((n) => !seen.has(n));
  const inner = new Set([...seen, ...fresh]);
  return [...fresh, ...fresh.flatMap((n) => calledScripts(scripts[n] as string, scripts, inner))];
}
