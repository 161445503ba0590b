#!/usr/bin/env python3
"""Builds the localization corpus from fetched mirrors (/work/.mirror/<owner>+<name>/repo):
for each selected commit, an INITIAL.md written from the commit's message (touched files'
names removed), the touched non-test files, and a snapshot of the parent commit's source
files (tar.gz). Run once; the bench then runs offline from what this checks in."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOS = [
    ('sindresorhus/ky', '.ts,.js', 5),
    ('tj/commander.js', '.js,.ts', 5),
    ('pallets/click', '.py', 5),
    ('encode/httpx', '.py', 5),
    ('Textualize/rich', '.py', 5),
]
CODE = ('.ts', '.tsx', '.js', '.mjs', '.cjs', '.py')

def initial_md(case):
    text = f"{case['subject']}\n\n{case['body']}".strip()
    text = re.sub(r'\s*\(#\d+\)', '', text)
    text = '\n'.join(l for l in text.split('\n') if not re.match(r'^\s*(co-authored-by|signed-off-by|closes|fixes|fix|see|refs?)\b[^a-z]*[:#]', l, re.I))
    for path in case['touched']:
        base = os.path.basename(path)
        for name in {path, base}:
            text = re.sub(re.escape(name), 'the module', text)
    title, _, rest = text.partition('\n')
    feature = f"{title.strip()}\n\n{rest.strip()}".strip()
    return f"# Feature: {title.strip()}\n\n## FEATURE\n\n{feature}\n"

def main():
    cases = []
    os.makedirs(os.path.join(HERE, 'snapshots'), exist_ok=True)
    for repo, exts, count in REPOS:
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
    with open(os.path.join(HERE, 'corpus.json'), 'w') as f:
        json.dump(cases, f, indent=1)
        f.write('\n')
    print(f"{len(cases)} cases from {len(REPOS)} repositories")

main()
