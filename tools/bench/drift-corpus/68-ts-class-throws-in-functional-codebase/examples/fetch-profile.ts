import type { Result } from './parse-config.js';

export interface Profile {
  handle: string;
  followers: number;
}

export async function fetchProfile(http: typeof fetch, handle: string): Promise<Result<Profile>> {
  const response = await http(`https://api.example.com/profiles/${encodeURIComponent(handle)}`);
  if (response.status === 404) return { ok: false, error: `no profile ${handle}` };
  if (!response.ok) return { ok: false, error: `profile service answered ${response.status}` };
  const body = (await response.json()) as Profile;
  return { ok: true, value: body };
}

export async function fetchFollowerCount(http: typeof fetch, handle: string): Promise<Result<number>> {
  const profile = await fetchProfile(http, handle);
  if (!profile.ok) return profile;
  return { ok: true, value: profile.value.followers };
}
