import { evidenceIn } from './evidence.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate, Evidence } from './types.js';
import type { DetectContext } from './detector.js';

const SOLUTION = /\.(sln|slnx)$/;
const PROJECT = /\.(csproj|fsproj|vbproj)$/;
/** A test project: it references the test SDK or a test framework, or says it is one. */
const TEST_REFERENCE =
  /Include="(Microsoft\.NET\.Test\.Sdk|xunit(\.v3)?|NUnit|MSTest(\.TestFramework|\.Sdk)?|TUnit)"|<IsTestProject>\s*true|Sdk="MSTest\.Sdk/i;
/** Folders that hold no project of the build (output, dependencies, tools). */
const NOT_SOURCE = /^(\.|bin$|obj$|node_modules$|packages$|artifacts$)/;

/** Project files up to two folders below (`src/X/X.csproj`, `tests/X.Tests/X.Tests.csproj`). */
function projectFiles(dir: ProjectDir): string[] {
  const out = [...dir.files].filter((f) => PROJECT.test(f));
  for (const a of [...dir.dirs].filter((d) => !NOT_SOURCE.test(d)).slice(0, 60)) {
    for (const b of dir.list(a)) {
      if (PROJECT.test(b)) out.push(`${a}/${b}`);
      else if (!NOT_SOURCE.test(b) && dir.isDir(`${a}/${b}`))
        for (const c of dir.list(`${a}/${b}`).filter((n) => PROJECT.test(n))) out.push(`${a}/${b}/${c}`);
    }
  }
  return out;
}

/** The first test project and the line that makes it one (a folder named `test`/`tests` is enough). */
function testProject(dir: ProjectDir): Evidence | undefined {
  for (const file of projectFiles(dir)) {
    const text = dir.read(file);
    const match = text === undefined ? -1 : text.search(TEST_REFERENCE);
    if (match >= 0) return evidenceIn(dir, file, TEST_REFERENCE);
    if (/(^|\/)tests?\//i.test(file)) return { file, line: 1 };
  }
  return undefined;
}

/** Files in which a project asks for its code style to hold, and the words that ask. */
const STYLE_ASKED: [string, RegExp][] = [
  // An .editorconfig that makes a rule an error (`dotnet_diagnostic.IDE0055.severity = error`, `…:error`).
  ['.editorconfig', /severity\s*=\s*error\b|=\s*[\w.]+\s*:\s*error\b/],
  ['Directory.Build.props', /<EnforceCodeStyleInBuild>\s*true/i],
  ...['build.ps1', 'build.sh', 'build.cmd', 'Makefile', 'justfile'].map((f): [string, RegExp] => [f, /dotnet\s+format\b/]),
];

/**
 * An .editorconfig alone is no gate: most .NET repositories carry one, and the CI of most never runs
 * `dotnet format` (two of the three seen on the bench, whose .editorconfig files look alike). The check
 * is inferred when the project's own files say its style must hold; the file and line that say it are its evidence.
 */
function formatEnforced(dir: ProjectDir): Evidence | undefined {
  if (!dir.has('.editorconfig')) return undefined;
  const asked = STYLE_ASKED.find(([file, re]) => re.test(dir.read(file) ?? ''));
  return asked && evidenceIn(dir, asked[0], asked[1]);
}

/**
 * .NET (dotnet CLI): at a folder holding a solution (or a project file with none above it), `dotnet test`
 * (2) when a test project exists, and `dotnet format --verify-no-changes` (1) when the project enforces
 * its .editorconfig's style. A bare `dotnet build` checks nothing of its own. With more than one solution or project file
 * in the folder the CLI needs one named: the solution is. Build scripts (build.ps1, Cake, NUKE) are code,
 * not read here; CI that runs them is read as CI.
 */
export function detectDotnet({ dir, ancestors }: DetectContext): Candidate[] {
  const solutions = [...dir.files].filter((f) => SOLUTION.test(f)).sort();
  const projects = [...dir.files].filter((f) => PROJECT.test(f)).sort();
  if (solutions.length === 0 && projects.length === 0) return [];
  // A project inside a solution's folder is built and tested through that solution.
  if (ancestors.some((a) => [...a.files].some((f) => SOLUTION.test(f) || PROJECT.test(f)))) return [];
  const entry = solutions[0] ?? (projects[0] as string);
  const target = solutions.length + projects.length > 1 ? ` ${entry}` : '';
  const out: Candidate[] = [];
  const style = formatEnforced(dir);
  if (style)
    out.push({
      level: 1,
      name: 'dotnet format',
      command: `dotnet format${target} --verify-no-changes`,
      kind: 'tool',
      ecosystem: 'dotnet',
      evidence: style,
    });
  const tests = testProject(dir);
  if (tests)
    out.push({ level: 2, name: 'dotnet test', command: `dotnet test${target}`, kind: 'tool', ecosystem: 'dotnet', evidence: tests });
  return out;
}
