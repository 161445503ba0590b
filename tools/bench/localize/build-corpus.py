#!/usr/bin/env python3
"""Builds the localization corpus from fetched mirrors (/work/.mirror/<owner>+<name>/repo):
for each selected commit, an INITIAL.md written from the commit's message (touched files'
names removed), the touched non-test files, and a snapshot of the parent commit's source
files (tar.gz). Run once; the bench then runs offline from what this checks in.
Usage: build-corpus.py [--out FILE] [owner/name:exts[:count] ...]
With no repositories, the default list below (corpus.json's); --out defaults to corpus.json
(a path relative to this directory). Snapshots go to snapshots/<name>-<commit>.tar.gz.
The held-out corpus:
  build-corpus.py --out corpus-held-out.json colinhacks/zod:.ts,.js yargs/yargs:.ts,.js \\
    websockets/ws:.js marshmallow-code/marshmallow:.py python-attrs/attrs:.py \\
    encode/starlette:.py spf13/cobra:.go go-chi/chi:.go"""
import argparse, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOS = [
    ('sindresorhus/ky', '.ts,.js', 5),
    ('tj/commander.js', '.js,.ts', 5),
    ('pallets/click', '.py', 5),
    ('encode/httpx', '.py', 5),
    ('Textualize/rich', '.py', 5),
]
CODE = ('.ts', '.tsx', '.js', '.mjs', '.cjs', '.py', '.go')

def initial_md(case):
    text = f"{case['subject']}\n\n{case['body']}".strip()
    text = re.sub(r'\s*\(#\d+\)', '', text)
    # Drops trailer lines (Co-authored-by:, Fixes #12, See: …) from the body; the subject line stays,
    # even when it reads like one ("fix: quote args" is a conventional-commit subject, not a trailer).
    text = '\n'.join(l for i, l in enumerate(text.split('\n')) if i == 0 or not re.match(r'^\s*(co-authored-by|signed-off-by|closes|fixes|fix|see|refs?)\b[^a-z]*[:#]', l, re.I))
    for path in case['touched']:
        base = os.path.basename(path)
        for name in {path, base}:
            text = re.sub(re.escape(name), 'the module', text)
    title, _, rest = text.partition('\n')
    feature = f"{title.strip()}\n\n{rest.strip()}".strip()
    return f"# Feature: {title.strip()}\n\n## FEATURE\n\n{feature}\n"

def repo_arg(text):
    repo, _, rest = text.partition(':')
    exts, _, count = rest.partition(':')
    if not re.fullmatch(r'[\w.-]+/[\w.-]+', repo) or not exts:
        raise argparse.ArgumentTypeError(f'{text}: expected owner/name:.ext[,.ext...][:count]')
    return (repo, exts, int(count or 5))

def main():
    parser = argparse.ArgumentParser(description='Builds a localization corpus from fetched mirrors.')
    parser.add_argument('--out', default='corpus.json', help='corpus file, relative to this directory (default corpus.json)')
    parser.add_argument('repos', nargs='*', type=repo_arg, metavar='owner/name:exts[:count]', help='default: the five repositories of corpus.json')
    args = parser.parse_args()
    repos = args.repos or REPOS
    cases = []
    os.makedirs(os.path.join(HERE, 'snapshots'), exist_ok=True)
    for repo, exts, count in repos:
        mirror = f"/work/.mirror/{repo.replace('/', '+')}/repo"
        picked = json.loads(subprocess.run([sys.executable, os.path.join(HERE, 'select-commits.py'), mirror, repo, str(count), exts], capture_output=True, text=True, check=True).stdout)
        for case in picked:
            cid = f"{repo.split('/')[1]}-{case['commit'][:8]}"
            files = subprocess.run(['git', '--git-dir', mirror, 'ls-tree', '-r', '--name-only', case['parent']], capture_output=True, text=True, check=True).stdout.split('\n')
            code = [f for f in files if f.endswith(CODE) and not re.search(r'(^|/)(docs?|examples?|benchmarks?|site|website)/', f)]
            snapshot = os.path.join(HERE, 'snapshots', f'{cid}.tar.gz')
            with open(snapshot, 'wb') as out:
                archive = subprocess.run(['git', '--git-dir', mirror, 'archive', '--format=tar', case['parent'], '--', *code], capture_output=True, check=True).stdout
                out.write(subprocess.run(['gzip', '-9n'], input=archive, capture_output=True, check=True).stdout)
            cases.append({'id': cid, 'repo': repo, 'commit': case['commit'], 'parent': case['parent'], 'subject': case['subject'], 'touched': case['touched'], 'initial': initial_md(case)})
    with open(os.path.join(HERE, args.out), 'w') as f:
        json.dump(cases, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(f"{len(cases)} cases from {len(repos)} repositories -> {args.out}")

main()
