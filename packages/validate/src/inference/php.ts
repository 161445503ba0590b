import { levelOfScriptName, mentions, pickScripts } from './detector.js';
import { evidenceIn, jsonKey } from './evidence.js';
import { levelOfPhpOrMixLine } from './php-elixir-tools.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate, GateLevel } from './types.js';
import type { DetectContext } from './detector.js';

/** A gate tool a PHP project configures: its configuration files, the packages that bring it, its check command. */
interface PhpTool {
  key: string;
  configs: string[];
  packages: RegExp;
  level: GateLevel;
  command: string;
}

const TOOLS: PhpTool[] = [
  {
    key: 'phpunit',
    configs: ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml'],
    packages: /^phpunit\/phpunit$/,
    level: 2,
    command: 'vendor/bin/phpunit',
  },
  {
    key: 'phpstan',
    configs: ['phpstan.neon', 'phpstan.neon.dist', 'phpstan.dist.neon'],
    // Larastan is PHPStan with Laravel's rules and brings it along.
    packages: /^(phpstan\/phpstan|(larastan|nunomaduro)\/larastan)$/,
    level: 1,
    command: 'vendor/bin/phpstan analyse',
  },
  {
    key: 'psalm',
    configs: ['psalm.xml', 'psalm.xml.dist'],
    packages: /^(vimeo\/psalm|psalm\/phar)$/,
    level: 1,
    command: 'vendor/bin/psalm',
  },
  {
    key: 'php-cs-fixer',
    configs: ['.php-cs-fixer.php', '.php-cs-fixer.dist.php'],
    packages: /^(friendsofphp\/php-cs-fixer|php-cs-fixer\/shim)$/,
    level: 1,
    // Without `--dry-run` the fixer rewrites the files: the check is the dry run, with the diff it would apply.
    command: 'vendor/bin/php-cs-fixer fix --dry-run --diff',
  },
  {
    key: 'phpcs',
    configs: ['phpcs.xml', 'phpcs.xml.dist', '.phpcs.xml', '.phpcs.xml.dist'],
    // Coding standards (slevomat's, doctrine's) require PHP_CodeSniffer and bring its binary.
    packages: /^(squizlabs\/php_codesniffer|slevomat\/coding-standard|doctrine\/coding-standard)$/,
    level: 1,
    command: 'vendor/bin/phpcs',
  },
];

/** Composer's event hooks (`post-install-cmd`, `pre-autoload-dump`): run by composer itself, not gates. */
const EVENT = /^(pre|post)-[\w-]+$/;

/** A script's commands, one a line (composer takes a string or a list). */
function scriptLines(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

/**
 * A line that rewrites files: php-cs-fixer without `--dry-run`, rector without `--dry-run`, pint without
 * `--test`, phpcbf (PHP_CodeSniffer's fixer).
 */
export function isPhpFixerLine(line: string): boolean {
  if (/(^|[\s/])phpcbf(\.phar)?(\s|$)/.test(line)) return true;
  if (/(^|[\s/])(php-cs-fixer|rector)(\.phar)?(\s|$)/.test(line) && !/(^|\s)--dry-run(\s|=|$)/.test(line)) return true;
  return /(^|[\s/])pint(\.phar)?(\s|$)/.test(line) && !/(^|\s)--test(\s|$)/.test(line);
}

/** A script's lines with its `@other` references read through (bounded: composer forbids cycles, a bad file may not). */
function expanded(scripts: Record<string, unknown>, name: string, depth = 0): string[] {
  if (depth > 4) return [];
  return scriptLines(scripts[name]).flatMap((line) => {
    const ref = /^@([\w:.-]+)(\s|$)/.exec(line.trim())?.[1];
    if (ref === undefined || ref === 'php' || ref === 'composer' || ref === 'putenv') return [line.replace(/^@(php|composer)\s/, '$1 ')];
    return expanded(scripts, ref, depth + 1);
  });
}

/** The level a line names by its tool (`phpstan analyse`, `phpunit`), through `php` or `vendor/bin/`. */
function toolLevel(line: string): GateLevel | undefined {
  const level = levelOfPhpOrMixLine(line.trim().replace(/^(@?php\s+)?/, ''));
  return level === 'none' ? undefined : level;
}

/** A script's level: its name where it names a gate, else the one level its tools run; none when it fixes. */
function levelOfComposerScript(scripts: Record<string, unknown>, name: string): GateLevel | undefined {
  if (EVENT.test(name)) return undefined;
  const lines = expanded(scripts, name);
  if (lines.some(isPhpFixerLine)) return undefined;
  const byName = levelOfScriptName(name);
  if (byName !== undefined) return byName;
  const levels = new Set(lines.map(toolLevel).filter((l): l is GateLevel => l !== undefined));
  return levels.size === 1 ? [...levels][0] : undefined;
}

/** `test: ["@lint", "@phpstan", "@phpunit"]`: a script made only of references, some listed already, is their umbrella. */
function isUmbrella(scripts: Record<string, unknown>, name: string, picked: ReadonlySet<string>): boolean {
  const refs = scriptLines(scripts[name]).map((l) => /^@([\w:.-]+)$/.exec(l.trim())?.[1]);
  return refs.length > 0 && refs.every((r) => r !== undefined) && refs.some((r) => picked.has(r as string));
}

/** The packages the project requires (its own, and tools kept apart with bamarni's `vendor-bin/<tool>/composer.json`). */
function requiredPackages(dir: ProjectDir, composer: Record<string, unknown>): string[] {
  const names = (json: Record<string, unknown> | undefined): string[] =>
    ['require', 'require-dev'].flatMap((k) => Object.keys((json?.[k] as Record<string, unknown> | undefined) ?? {}));
  const apart = dir.list('vendor-bin').flatMap((tool) => names(dir.readJson(`vendor-bin/${tool}/composer.json`)));
  return [...names(composer), ...apart];
}

/**
 * PHP (Composer): the project's composer scripts named for gates or running one tool (`composer phpstan`),
 * then the tools it configures (phpunit.xml, phpstan.neon, …) that no listed script runs, when it requires them.
 */
export function detectPhp({ dir }: DetectContext): Candidate[] {
  const composer = dir.readJson('composer.json');
  if (composer === undefined) return [];
  const scripts = (composer['scripts'] as Record<string, unknown> | undefined) ?? {};
  const picked = pickScripts(Object.keys(scripts), (n) => levelOfComposerScript(scripts, n));
  const names = new Set(picked.map((s) => s.name));
  const out: Candidate[] = picked
    .filter((s) => !isUmbrella(scripts, s.name, names))
    .map(({ name, level }) => ({
      level,
      name,
      command: `composer ${name}`,
      kind: 'script' as const,
      ecosystem: 'php',
      body: expanded(scripts, name).join('\n'),
      evidence: evidenceIn(dir, 'composer.json', jsonKey(name)),
    }));
  const required = requiredPackages(dir, composer);
  const binaries = dir.list('vendor/bin');
  for (const tool of TOOLS) {
    const config = dir.first(...tool.configs);
    if (config === undefined || out.some((c) => mentions(c.body ?? '', tool.key))) continue;
    if (!required.some((p) => tool.packages.test(p)) && !binaries.includes(tool.key)) continue;
    out.push({
      level: tool.level,
      name: tool.key,
      command: tool.command,
      kind: 'tool',
      ecosystem: 'php',
      evidence: evidenceIn(dir, config),
    });
  }
  return out;
}
