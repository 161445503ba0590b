#!/usr/bin/env node
// The demo's agent, REPLAYED: it stands where the `claude` CLI (Claude Code, headless) would be, so
// ce drives it through its real claude-code adapter (`claude -p … --output-format stream-json
// --verbose`). It checks its arguments as the real CLI does, picks the transcript for the prompt it
// got (transcripts/sessions.json: the first entry whose pattern matches and that has replays left),
// writes the transcript's stream-json events to stdout and performs its Write / Edit tool calls in
// the working directory — the edits are real. No model is called.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write('2.0.37 (Claude Code) [demo replay]\n');
  process.exit(0);
}
const flags = { print: false, format: 'text', verbose: false, prompt: undefined };
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '-p' || arg === '--print') flags.print = true;
  else if (arg === '--output-format') flags.format = argv[++i];
  else if (arg === '--verbose') flags.verbose = true;
  else if (arg === '--permission-mode' || arg === '--model' || arg === '--append-system-prompt') i++;
  else if (arg === '--allowedTools') while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) i++;
  else if (arg.startsWith('-')) fail(`error: unknown option '${arg}'`);
  else flags.prompt ??= arg;
}
if (!flags.print || flags.format !== 'stream-json' || !flags.verbose)
  fail('the replay speaks print mode with --output-format stream-json --verbose only');
const prompt = flags.prompt ?? readFileSync(0, 'utf8');

// Which transcript: replays are counted per working directory, so a second run of the demo starts over.
const sessions = JSON.parse(readFileSync(join(here, 'transcripts', 'sessions.json'), 'utf8'));
const stateDir = process.env.CE_DEMO_REPLAY_STATE ?? join(tmpdir(), 'ce-demo-replay');
mkdirSync(stateDir, { recursive: true });
const countsFile = join(stateDir, `${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12)}.json`);
const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : {};
const chosen = sessions.find((s) => new RegExp(s.when, 'm').test(prompt) && (counts[s.transcript] ?? 0) < (s.times ?? 1));
if (!chosen) fail(`no recorded transcript for this prompt: ${prompt.split('\n')[0]}`);
counts[chosen.transcript] = (counts[chosen.transcript] ?? 0) + 1;
writeFileSync(countsFile, JSON.stringify(counts));

const cwd = process.cwd();
const lines = readFileSync(join(here, 'transcripts', chosen.transcript), 'utf8')
  .split('\n')
  .filter(Boolean);
for (const line of lines) {
  const event = JSON.parse(line.replaceAll('__CWD__', JSON.stringify(cwd).slice(1, -1)));
  if (event.type === 'assistant') for (const block of event.message.content) if (block.type === 'tool_use') perform(block);
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function perform(use) {
  const file = use.input.file_path;
  if (use.name === 'Write') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, use.input.content);
  } else if (use.name === 'Edit') {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(use.input.old_string)) fail(`Edit: old_string not found in ${file}`);
    writeFileSync(file, text.replace(use.input.old_string, use.input.new_string));
  }
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
