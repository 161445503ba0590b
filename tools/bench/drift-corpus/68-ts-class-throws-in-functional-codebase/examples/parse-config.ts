export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export interface AppConfig {
  port: number;
  databaseUrl: string;
}

export function parsePort(raw: string | undefined): Result<number> {
  if (raw === undefined) return { ok: true, value: 8080 };
  const port = Number.parseInt(raw, 10);
  if (!Number.isInteger(port) || port <= 0) return { ok: false, error: `invalid port "${raw}"` };
  return { ok: true, value: port };
}

export function parseConfig(env: Record<string, string | undefined>): Result<AppConfig> {
  const port = parsePort(env.PORT);
  if (!port.ok) return port;
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) return { ok: false, error: 'DATABASE_URL is required' };
  return { ok: true, value: { port: port.value, databaseUrl } };
}
