#!/usr/bin/env python3
"""Picks localization cases from a fetched mirror, by a fixed rule (not by result):
the most recent non-merge commits that touch 1-3 non-test source files, whose subject
describes a change (not a release, docs, chore, typo, lint or dependency bump).
Usage: select-commits.py <mirror git dir> <repo name> <count> <source-ext,...>"""
import json, re, subprocess, sys

git_dir, repo, count, exts = sys.argv[1], sys.argv[2], int(sys.argv[3]), tuple(sys.argv[4].split(','))
TEST = re.compile(r'(^|/)(tests?|__tests__|spec|testing|fixtures?|docs?|examples?|benchmarks?|scripts)/|[._-](test|spec)s?\.[a-z]+$|(^|/)test_[^/]*\.py$|_test\.(py|go)$|conftest\.py$|\.d\.ts$|\.test-d\.ts$')
SKIP = re.compile(r'\b(release|bump|version|changelog|readme|docs?|typos?|chore|lint|format|prettier|ci|deps?|dependabot|revert|merge|meta|tweak|refactor|rename|cleanup|clean up|style|test|tests|formatter|upgrade)\b', re.I)

def git(*args):
    return subprocess.run(['git', '--git-dir', git_dir, *args], capture_output=True, text=True, check=True).stdout

out = []
log = git('log', '--no-merges', '--format=%H%x00%P%x00%s%x00%b%x01', '-n', '600', 'HEAD')
for entry in log.split('\x01'):
    parts = entry.strip('\n').split('\x00')
    if len(parts) < 4: continue
    sha, parents, subject, body = parts
    if ' ' in parents.strip() or not parents.strip() or SKIP.search(subject) or len(subject) < 20: continue
    files = [f for f in git('diff', '--name-only', parents.strip(), sha).split('\n') if f]
    source = [f for f in files if f.endswith(exts) and not TEST.search(f)]
    if not 1 <= len(source) <= 3: continue
    out.append({'repo': repo, 'commit': sha, 'parent': parents.strip(), 'subject': subject, 'body': body.strip(), 'touched': source})
    if len(out) >= count: break
json.dump(out, sys.stdout, indent=1)
