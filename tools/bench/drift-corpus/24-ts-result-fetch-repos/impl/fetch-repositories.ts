import type { Result } from './parse-config.js';

export interface Repository {
  name: string;
  stars: number;
}

export async function fetchRepositories(http: typeof fetch, owner: string): Promise<Result<Repository[]>> {
  const response = await http(`https://api.example.com/users/${encodeURIComponent(owner)}/repos`);
  if (!response.ok) return { ok: false, error: `repository service answered ${response.status}` };
  const body = (await response.json()) as Repository[];
  return { ok: true, value: body };
}

export async function mostStarred(http: typeof fetch, owner: string): Promise<Result<Repository>> {
  const repos = await fetchRepositories(http, owner);
  if (!repos.ok) return repos;
  const [top] = [...repos.value].sort((a, b) => b.stars - a.stars);
  if (!top) return { ok: false, error: `${owner} has no repositories` };
  return { ok: true, value: top };
}
