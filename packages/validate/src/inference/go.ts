import type { DetectContext } from './detector.js';
import { evidenceIn } from './evidence.js';
import { goIntegrationFolders, goTestModules } from './go-integration-folder.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

const GOLANGCI = ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json'];

/** Build tags of `_test.go` files (`//go:build integration`), read from the first lines of files in a few folders. */
function testBuildTags(dir: ProjectDir): Map<string, string> {
  const tags = new Map<string, string>();
  const folders = ['', ...[...dir.dirs].filter((d) => !d.startsWith('.') && d !== 'vendor' && d !== 'testdata')].slice(0, 40);
  for (const folder of folders) {
    const names = folder === '' ? [...dir.files] : dir.list(folder);
    for (const name of names.filter((n) => n.endsWith('_test.go')).slice(0, 50)) {
      const file = folder === '' ? name : `${folder}/${name}`;
      const head = (dir.read(file) ?? '').slice(0, 600);
      const m = /^\/\/go:build\s+(.+)$/m.exec(head) ?? /^\/\/ \+build\s+(.+)$/m.exec(head);
      // `!integration` is the unit side of the split; only a positive tag selects integration tests.
      if (m)
        for (const t of (m[1] as string).split(/[\s,&|()]+/))
          if (/^(integration|e2e|acceptance|functional)$/.test(t) && !tags.has(t)) tags.set(t, file);
    }
  }
  return tags;
}

/** Go: vet and golangci-lint when configured (1), go test (2), integration build tags (3). */
export function detectGo({ dir }: DetectContext): Candidate[] {
  if (!dir.has('go.mod')) return [];
  const mod = evidenceIn(dir, 'go.mod');
  const out: Candidate[] = [{ level: 1, name: 'go vet', command: 'go vet ./...', kind: 'tool', ecosystem: 'go', evidence: mod }];
  const golangci = dir.first(...GOLANGCI);
  if (golangci)
    out.push({
      level: 1,
      name: 'golangci-lint',
      command: 'golangci-lint run',
      kind: 'tool',
      ecosystem: 'go',
      evidence: evidenceIn(dir, golangci),
    });
  out.push({ level: 2, name: 'go test', command: 'go test ./...', kind: 'tool', ecosystem: 'go', evidence: mod });
  for (const { folder, file } of goTestModules(dir))
    out.push({
      level: 3,
      name: `go test ${folder}`,
      command: `cd ${folder} && go test ./...`,
      kind: 'tool',
      ecosystem: 'go',
      evidence: evidenceIn(dir, file),
    });
  for (const { folder, file } of goIntegrationFolders(dir))
    out.push({
      level: 3,
      name: `go test ${folder}`,
      command: `go test ./${folder}/...`,
      kind: 'tool',
      ecosystem: 'go',
      evidence: evidenceIn(dir, file),
    });
  for (const [tag, file] of [...testBuildTags(dir)].sort())
    out.push({
      level: 3,
      name: `go test ${tag}`,
      command: `go test -tags ${tag} ./...`,
      kind: 'tool',
      ecosystem: 'go',
      evidence: evidenceIn(dir, file, tag),
    });
  return out;
}
