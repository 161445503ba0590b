import { EventEmitter } from "events";
import { sample, Debug, noop, defaults } from "../utils";
import { RedisOptions, getNodeKey, NodeKey, NodeRole } from "./util";
import { ClusterOptions, ClusterNodeRetryStrategy } from "./ClusterOptions";
import Redis from "../Redis";

const debug = Debug("cluster:connectionPool");

type NODE_TYPE = "all" | "master" | "slave";

export interface ConnectionPoolHooks {
  onCreate?: (redis: Redis, readOnly: boolean) => void;
  onRoleChange?: (redis: Redis, key: NodeKey, readOnly: boolean) => void;
  onRemove?: (redis: Redis) => void;
}

export default class ConnectionPool extends EventEmitter {
  // master + slave = all
  private nodes: { [key in NODE_TYPE]: { [key: string]: Redis } } = {
    all: {},
    master: {},
    slave: {},
  };

  private specifiedOptions: { [key: string]: any } = {};

  constructor(
    private redisOptions: NonNullable<ClusterOptions["redisOptions"]>,
    private clusterNodeRetryStrategy: ClusterNodeRetryStrategy = null,
    private hooks: ConnectionPoolHooks = {}
  ) {
    super();
  }

  getNodes(role: NodeRole = "all"): Redis[] {
    const nodes = this.nodes[role];
    return Object.keys(nodes).map((key) => nodes[key]);
  }

  getInstanceByKey(key: NodeKey): Redis {
    return this.nodes.all[key];
  }

  getSampleInstance(role: NodeRole): Redis {
    const keys = Object.keys(this.nodes[role]);
    const sampleKey = sample(keys);
    return this.nodes[role][sampleKey];
  }


  /**
   * Add a master node to the pool
   * @param node
   */
  addMasterNode(node: RedisOptions) {
    const key = getNodeKey(node.options);
    const redis : Redis = this.createRedisFromOptions(node, node.options.readOnly)

    //Master nodes aren't read-only
    if (!node.options.readOnly) {
      this.nodes.all[key] = redis;
      this.nodes.master[key] = redis;
      return true;
    }

    return false;
  }


  /**
   * Creates a Redis connection instance from the node options
   * @param node
   * @param readOnly
   */
  createRedisFromOptions(node: RedisOptions, readOnly: boolean) {
    const redis = new Redis(
        defaults(
            {
              // By default, never try to reconnect when a node is lost,
              // instead, waiting for a `MOVED` error and fetching slots again.
              // When `clusterNodeRetryStrategy` is set, use it to allow
              // reconnection (e.g. for replica nodes that restart without
              // any slot changes).
              retryStrategy:
                typeof this.clusterNodeRetryStrategy === "function"
                  ? this.clusterNodeRetryStrategy
                  : null,
              // Offline queue should be enabled so that
              // we don't need to wait for the `ready` event
              // before sending commands to the node.
              enableOfflineQueue: true,
              readOnly: readOnly,
            },
            node,
            this.redisOptions,
            { lazyConnect: true }
        )
    );

    this.hooks.onCreate?.(redis, readOnly);
    return redis
  }


  /**
   * Find or create a connection to the node
   */
  findOrCreate(node: RedisOptions, readOnly = false): Redis {
    const key = getNodeKey(node);
    readOnly = Boolean(readOnly);

    if (this.specifiedOptions[key]) {
      Object.assign(node, this.specifiedOptions[key]);
    } else {
      this.specifiedOptions[key] = node;
    }

    let redis: Redis;
    if (this.nodes.all[key]) {
      redis = this.nodes.all[key];
      if (redis.options.readOnly !== readOnly) {
        redis.options.readOnly = readOnly;
        debug("Change role of %s to %s", key, readOnly ? "slave" : "master");
        redis[readOnly ? "readonly" : "readwrite"]().catch(noop);
        if (readOnly) {
          delete this.nodes.master[key];
          this.nodes.slave[key] = redis;
        } else {
          delete this.nodes.slave[key];
          this.nodes.master[key] = redis;
        }
        this.hooks.onRoleChange?.(redis, key, readOnly);
      }
    } else {
      debug("Connecting to %s as %s", key, readOnly ? "slave" : "master");
      redis = this.createRedisFromOptions(node, readOnly);
      this.nodes.all[key] = redis;
      this.nodes[readOnly ? "slave" : "master"][key] = redis;

      redis.once("end", () => {
        if (this.nodes.all[key] && this.nodes.all[key] !== redis) {
          // The node was recreated (see `recreate`); leave the new one alone.
          return;
        }
        this.removeNode(key);
        this.emit("-node", redis, key);
        if (!Object.keys(this.nodes.all).length) {
          this.emit("drain");
        }
      });

      this.emit("+node", redis, key);

      redis.on("error", (error) => {
        this.emit("nodeError", error, key);
      });
    }

    return redis;
  }

  /**
   * Replace the connection to the node with a fresh one. Used when the
   * existing connection is known to be stale, e.g. after a MOVED redirect
   * that points back at the node it came from.
   */
  recreate(node: RedisOptions, readOnly = false): Redis {
    const key = getNodeKey(node);
    const existing = this.nodes.all[key];
    if (existing) {
      debug("Recreating connection to %s", key);
      // Remove before disconnecting so the "end" event of the stale
      // instance doesn't tear down the replacement.
      this.removeNode(key);
      existing.disconnect();
    }
    const redis = this.findOrCreate(node, readOnly);
    if (existing) {
      // Emit after the replacement is in place so listeners (e.g.
      // ClusterSubscriber) never observe the pool without the node.
      this.emit("-node", existing, key);
    }
    return redis;
  }

  /**
   * Reset the pool with a set of nodes.
   * The old node will be removed.
   */
  reset(nodes: RedisOptions[]): void {
    debug("Reset with %O", nodes);
    const newNodes = {};
    nodes.forEach((node) => {
      const key = getNodeKey(node);

      // Don't override the existing (master) node
      // when the current one is slave.
      if (!(node.readOnly && newNodes[key])) {
        newNodes[key] = node;
      }
    });

    Object.keys(this.nodes.all).forEach((key) => {
      if (!newNodes[key]) {
        debug("Disconnect %s because the node does not hold any slot", key);
        this.nodes.all[key].disconnect();
        this.removeNode(key);
      }
    });
    Object.keys(newNodes).forEach((key) => {
      const node = newNodes[key];
      this.findOrCreate(node, node.readOnly);
    });
  }

  /**
   * Remove a node from the pool.
   */
  private removeNode(key: string): void {
    const { nodes } = this;
    if (nodes.all[key]) {
      debug("Remove %s from the pool", key);
      this.hooks.onRemove?.(nodes.all[key]);
      delete nodes.all[key];
    }
    delete nodes.master[key];
    delete nodes.slave[key];
  }
}
