import { asRecord } from '@ce/core';
/**
 * When a GitHub Actions workflow runs, read from its `on:`. A pull-request gate runs on pull
 * requests (or on pushes to branches, which is how many projects gate merges); a workflow that only
 * runs on a timer, by hand, on a release or on a pushed tag checks nothing a contributor submits.
 */
export type WorkflowWhen = 'pull-request' | 'push' | 'never-on-change' | 'unknown';

/** Events that run a workflow on submitted changes (a reusable workflow is run by one that is). */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'workflow_call']);

/** A `push:` that only matches tags (`push: { tags: ['v*'] }`) is a release trigger. */
function pushIsTagOnly(push: unknown): boolean {
  const p = asRecord(push);
  return Boolean(p && p['tags'] !== undefined && p['branches'] === undefined && p['branches-ignore'] === undefined);
}

/** How the workflow's `on:` (a word, a list or a map of events) makes it run. */
export function workflowWhen(data: Record<string, unknown>): WorkflowWhen {
  const on = data['on'] ?? data['true'];
  if (on === undefined || on === null) return 'unknown';
  const events: Record<string, unknown> =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.filter((e): e is string => typeof e === 'string').map((e) => [e, null]))
        : (asRecord(on) ?? {});
  const names = Object.keys(events);
  if (names.some((e) => CHANGE_EVENTS.has(e))) return 'pull-request';
  if ('push' in events && !pushIsTagOnly(events['push'])) return 'push';
  return names.length > 0 ? 'never-on-change' : 'unknown';
}
