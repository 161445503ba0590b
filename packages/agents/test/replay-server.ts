import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** One recorded HTTP response, replayed as it was sent by the provider. */
export interface RecordedResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /** Cut the connection after this many bytes of body (a reset mid-stream). */
  destroyAfterBytes?: number;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface ReplayServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  server: Server;
}

const RECORDED = join(import.meta.dirname, 'fixtures', 'recorded');

/** A recorded response body from test/fixtures/recorded/. */
export function recorded(name: string): string {
  return readFileSync(join(RECORDED, name), 'utf8');
}

export const json = (status: number, name: string, headers: Record<string, string> = {}): RecordedResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: recorded(name),
});

export const sse = (name: string): RecordedResponse => ({
  status: 200,
  headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
  body: recorded(name),
});

/**
 * A local HTTP server on 127.0.0.1 (random port) that answers each request with the next recorded
 * response, and keeps what it received. Closed when the test ends.
 */
export async function replayServer(responses: RecordedResponse[], basePath = ''): Promise<ReplayServer> {
  const queue = [...responses];
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        /* keep the raw text */
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const next = queue.shift();
      if (!next) {
        res.writeHead(599, { 'content-type': 'text/plain' }).end('replay server: no recorded response left');
        return;
      }
      res.writeHead(next.status, next.headers ?? {});
      if (next.destroyAfterBytes !== undefined) {
        res.write(next.body.slice(0, next.destroyAfterBytes));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      res.end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}${basePath}`, requests, server };
}
