import type { ChangeFinding } from './types.js';

type Trigger = ChangeFinding['trigger'];

/** Patterns in added lines that a person must see before the work counts (DESIGN.md, escalation). */
export const RISKY_PATTERNS: readonly { trigger: Trigger; pattern: RegExp; message: string }[] = [
  { trigger: 'dangerous-command', pattern: /(?:^|[\s;&|("'`])sudo\s+\S/, message: 'runs a command with sudo' },
  {
    trigger: 'dangerous-command',
    pattern: /\bchmod\s+(?:-R\s+)?(?:0?777|a\+rwx|ugo\+rwx|o\+w)\b|\bchmodSync\([^)]*0o?777/,
    message: 'makes files writable by everyone (chmod 777)',
  },
  {
    trigger: 'dangerous-command',
    pattern: /\b(?:curl|wget)\b[^|\n]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b/,
    message: 'pipes a download into a shell (curl … | sh)',
  },
  { trigger: 'shell-injection', pattern: /(?:^|[^\w.])eval\s*\(/, message: 'evaluates a string as code (eval)' },
  { trigger: 'shell-injection', pattern: /\bnew\s+Function\s*\(/, message: 'builds code from a string (new Function)' },
  {
    trigger: 'shell-injection',
    pattern: /\bexec(?:Sync)?\s*\(\s*(?:`[^`]*\$\{|[^)'"`,]*\+|\w+\s*[,)])/,
    message: 'builds a shell command from values (exec with a template or concatenation)',
  },
  { trigger: 'shell-injection', pattern: /\bshell\s*:\s*true\b/, message: 'spawns through a shell (shell: true)' },
  {
    trigger: 'shell-injection',
    pattern: /\bos\.system\s*\(|subprocess\.\w+\([^)]*shell\s*=\s*True/,
    message: 'runs a shell command string (Python)',
  },
  { trigger: 'disabled-check', pattern: /eslint-disable/, message: 'disables an ESLint rule' },
  { trigger: 'disabled-check', pattern: /@ts-(?:ignore|nocheck|expect-error)/, message: 'silences the TypeScript checker' },
  { trigger: 'disabled-check', pattern: /#\s*(?:noqa|type:\s*ignore|pylint:\s*disable)/, message: 'silences a Python checker' },
  {
    trigger: 'disabled-check',
    pattern: /\b(?:it|test|describe|suite)\.(?:skip|todo)\s*\(|\bx(?:it|describe|test)\s*\(|[{,]\s*(?:skip|todo)\s*:\s*true\b/,
    message: 'skips a test',
  },
  {
    trigger: 'disabled-check',
    pattern: /@pytest\.mark\.skip|\bpytest\.skip\(|\bt\.Skip(?:Now|f)?\(|#\[ignore\]|@Disabled\b/,
    message: 'skips a test',
  },
];

/** A test file by the usual conventions of JS/TS, Python, Go, Rust and Java. */
export const TEST_FILE =
  /(?:^|\/)(?:tests?|__tests__|spec)\/|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)test_[^/]+\.py$|_test\.(?:py|go)$|Test\.java$/;

/** A test declaration on one line (counted in removed vs added lines). */
export const TEST_DECLARATION = /^\s*(?:(?:it|test)\s*\(|def\s+test_|func\s+Test\w*\(|#\[test\]|@Test\b)/;
