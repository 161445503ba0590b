import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A local OpenAI-compatible endpoint (127.0.0.1, random port) that answers each chat completion
 * request with the next recorded response body from fixtures/recorded/, and keeps the requests.
 */
export async function replayModel(recordings: string[]): Promise<{ baseUrl: string; requests: unknown[] }> {
  const queue = recordings.map((name) => readFileSync(join(import.meta.dirname, 'fixtures', 'recorded', name), 'utf8'));
  const requests: unknown[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      requests.push(JSON.parse(raw || '{}'));
      const body = queue.shift();
      res.writeHead(body ? 200 : 500, { 'content-type': 'application/json' });
      res.end(body ?? '{"error":{"message":"no recording left"}}');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests };
}
