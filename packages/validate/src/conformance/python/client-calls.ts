import type { PlainNode } from '@ce/parse';
import { field } from './syntax.js';

/**
 * Names a network client is held under: `client`, `self._conn`, `self.connection`,
 * `self._producer`, `redis_client`. Sessions, channels and transports are left out: their
 * methods are often local work (SQLAlchemy's `session.add`, asyncio's `transport.write`).
 */
const CLIENT_NAME = /^_*(?:\w+_)?(?:client|conn|connection|producer|consumer)$/;

/**
 * Methods that read the state a client keeps locally: predicates (`is_available()`, `has_expired()`,
 * `is_closed()`) and `info()`. A connection pool asks them of its connections synchronously in
 * every house, asyncio ones included (httpcore's `AsyncHTTPConnection.is_idle`).
 */
const STATE_QUERY = /^(?:is|has|can)_\w+$|^(?:info|get_extra_info)$/;

/** The names along a receiver chain: `self.client().kv` → self, client, kv. */
function receiverNames(n: PlainNode): string[] {
  if (n.type === 'identifier') return [n.text];
  if (n.type === 'call') {
    const fn = field(n, 'function');
    return fn ? receiverNames(fn) : [];
  }
  if (n.type !== 'attribute') return [];
  const object = field(n, 'object');
  const attribute = field(n, 'attribute');
  return [...(object ? receiverNames(object) : []), ...(attribute ? [attribute.text] : [])];
}

/** The name of the function a node is defined as. */
const functionName = (fn: PlainNode): string => field(fn, 'name')?.text ?? '';

/**
 * A call on a network client an instance holds (`self.connection.get(key)`,
 * `self.client().kv.put(…)`, `self._producer.send(…)`), made in function `fn`. Drivers and SDK
 * clients (redis-py, pymongo, python-consul, pycouchdb, kafka-python) do a round trip in each such
 * method, and their asyncio counterparts (redis.asyncio, motor, aiokafka, asyncpg) make the same
 * methods coroutines to be awaited: called without `await`, a client's method blocks. A
 * constructor only keeps its client (`self._pubsub = self._conn.pubsub()`), so it does no I/O.
 * A client handed in as a parameter is left out: event-loop libraries call their callbacks with
 * the client (paho-mqtt's `on_connect(client, …)`, whose `client.subscribe` only queues a packet;
 * Twisted's protocols), and only the instance's own client is known to be the house's driver.
 */
export function isClientCall(callee: PlainNode, fn: PlainNode): boolean {
  if (callee.type !== 'attribute' || functionName(fn) === '__init__') return false;
  if (STATE_QUERY.test(field(callee, 'attribute')?.text ?? '')) return false;
  const receiver = field(callee, 'object');
  const [root, ...names] = receiver ? receiverNames(receiver) : [];
  return root === 'self' && names.some((name) => CLIENT_NAME.test(name));
}
