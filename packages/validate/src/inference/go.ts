import type { DetectContext } from './detector.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

const GOLANGCI = ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json'];

/** Build tags of `_test.go` files (`//go:build integration`), read from the first lines of files in a few folders. */
function testBuildTags(dir: ProjectDir): Set<string> {
  const tags = new Set<string>();
  const folders = ['', ...[...dir.dirs].filter((d) => !d.startsWith('.') && d !== 'vendor' && d !== 'testdata')].slice(0, 40);
  for (const folder of folders) {
    const names = folder === '' ? [...dir.files] : dir.list(folder);
    for (const name of names.filter((n) => n.endsWith('_test.go')).slice(0, 50)) {
      const head = (dir.read(folder === '' ? name : `${folder}/${name}`) ?? '').slice(0, 600);
      const m = /^\/\/go:build\s+(.+)$/m.exec(head) ?? /^\/\/ \+build\s+(.+)$/m.exec(head);
      if (m) for (const t of (m[1] as string).split(/[\s,&|()!]+/)) if (/^(integration|e2e|acceptance|functional)$/.test(t)) tags.add(t);
    }
  }
  return tags;
}

/** Go: vet and golangci-lint when configured (1), go test (2), integration build tags (3). */
export function detectGo({ dir }: DetectContext): Candidate[] {
  if (!dir.has('go.mod')) return [];
  const out: Candidate[] = [{ level: 1, name: 'go vet', command: 'go vet ./...', kind: 'tool', ecosystem: 'go' }];
  if (dir.first(...GOLANGCI)) out.push({ level: 1, name: 'golangci-lint', command: 'golangci-lint run', kind: 'tool', ecosystem: 'go' });
  out.push({ level: 2, name: 'go test', command: 'go test ./...', kind: 'tool', ecosystem: 'go' });
  for (const tag of [...testBuildTags(dir)].sort())
    out.push({ level: 3, name: `go test ${tag}`, command: `go test -tags ${tag} ./...`, kind: 'tool', ecosystem: 'go' });
  return out;
}
