import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 25 (held-out-25, Python): each test is one class, written with
// code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A store backend of a synchronous house: each method a round trip on the client it holds. */
const syncStore = (name: string, lib: string) => `from ${lib} import Client

from .base import KeyValueStore


class ${name}Store(KeyValueStore):
    def __init__(self, url):
        self._client = Client(url)
        self._watcher = self._client.watcher()

    def get(self, key):
        return self._client.get(key)

    def set(self, key, value):
        self._client.put(key, value)

    def delete(self, key):
        self._client.remove(key)

    def is_ready(self):
        return self._client.is_connected()
`;

/** A store backend of an asyncio house: the same methods as coroutines over an async client. */
const asyncStore = (name: string, lib: string) => `from ${lib} import AsyncClient

from .base import KeyValueStore


class ${name}Store(KeyValueStore):
    def __init__(self, url):
        self._conn = AsyncClient(url)

    async def get(self, key):
        return await self._conn.get(key)

    async def set(self, key, value):
        await self._conn.put(key, value)

    async def delete(self, key):
        await self._conn.remove(key)
`;

async function storeScore(examples: Record<string, string>, impl: string): Promise<number> {
  const root = repo({ ...examples, 'stores/impl.py': impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: ['stores/impl.py'] });
  return report.categoryBreakdown['async-style'] ?? 0;
}

describe('round 25 (held-out-25): classes of mistake on real Python code', () => {
  it("reads a method calling the instance's client without await as blocking I/O, foreign to an asyncio house", async () => {
    const examples = { 'stores/redis.py': asyncStore('Redis', 'aredis'), 'stores/postgres.py': asyncStore('Postgres', 'apg') };
    expect(await storeScore(examples, syncStore('Consul', 'consul'))).toBeGreaterThan(30);
    // The house's own asyncio backend stays in style.
    expect(await storeScore(examples, asyncStore('Kafka', 'akafka'))).toBe(0);
  });

  it("makes a house of methods calling the instance's client a blocking house, where coroutines are foreign", async () => {
    const examples = { 'stores/couch.py': syncStore('Couch', 'couch'), 'stores/etcd.py': syncStore('Etcd', 'etcd') };
    expect(await storeScore(examples, asyncStore('Kafka', 'akafka'))).toBeGreaterThan(30);
    // The house's own blocking backend stays in style; its predicate (`is_ready`) and constructor do no round trip.
    expect(await storeScore(examples, syncStore('S3', 's3client'))).toBe(0);
  });
});
