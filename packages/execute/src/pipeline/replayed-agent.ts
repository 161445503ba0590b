import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded agent turn: when the task prompt matches `when`, the files the agent wrote. */
export interface RecordedTurn {
  when: string;
  write: Record<string, string>;
  summary: string;
}

// Recorded from a coding agent implementing the built-in example PRP (a config loader, then the CLI wiring).
export const RECORDED_TURNS: RecordedTurn[] = [
  {
    when: '^# Task 1:',
    write: {
      'src/config/loader.ts':
        "import { readFileSync } from 'node:fs';\n\nexport function loadConfig(file: string): Record<string, unknown> {\n  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;\n}\n",
    },
    summary: 'Wrote src/config/loader.ts: loadConfig reads and parses the config file.',
  },
  {
    when: '^# Task 2:',
    write: { 'src/cli.ts': "import { loadConfig } from './config/loader.js';\n\nexport const config = loadConfig('.app.json');\n" },
    summary: 'Wrote src/cli.ts: the CLI loads the config at start.',
  },
];

/**
 * The replaying agent program, run by ce's `command` adapter exactly as a real coding agent: the
 * prompt on stdin, the working tree as its cwd; it writes the files of the first recorded turn whose
 * pattern matches the prompt (each turn once) and prints the recorded summary.
 */
const PROGRAM = `import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
const prompt = readFileSync(0, 'utf8');
const file = process.env.CE_REPLAY_TURNS;
const turns = JSON.parse(readFileSync(file, 'utf8'));
const used = existsSync(file + '.used') ? JSON.parse(readFileSync(file + '.used', 'utf8')) : [];
const index = turns.findIndex((t, i) => !used.includes(i) && new RegExp(t.when, 'm').test(prompt));
if (index < 0) { process.stdout.write('nothing recorded for this prompt\\n'); process.exit(0); }
writeFileSync(file + '.used', JSON.stringify([...used, index]));
for (const [path, content] of Object.entries(turns[index].write)) { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, content); }
process.stdout.write(turns[index].summary + '\\n');
`;

/**
 * Writes the replaying agent and its recorded turns into `dir`; returns the environment that makes
 * the `command` adapter run it (`CE_AGENTS__ADAPTER`, `CE_AGENTS__COMMAND` override the config).
 */
export function replayedAgentEnv(dir: string, turns: readonly RecordedTurn[]): NodeJS.ProcessEnv {
  const program = join(dir, 'replayed-agent.mjs');
  const recorded = join(dir, 'turns.json');
  writeFileSync(program, PROGRAM);
  writeFileSync(recorded, JSON.stringify(turns));
  return {
    CE_AGENTS__ADAPTER: 'command',
    // Unquoted: an environment override is read as a YAML value, and these paths have no spaces.
    CE_AGENTS__COMMAND: `${process.execPath} ${program}`,
    CE_AGENTS__PROMPT_VIA: 'stdin',
    CE_REPLAY_TURNS: recorded,
  };
}
