import { Redis } from "ioredis";

/**
 * A Redis connection for BullMQ. Workers need `maxRetriesPerRequest: null` (blocking commands
 * must wait through a Redis restart); producers fail fast so an HTTP request never hangs on Redis.
 */
export function createRedis(url: string, role: "worker" | "producer"): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === "worker" ? null : 1,
    enableOfflineQueue: role === "worker",
    connectTimeout: 5000,
    lazyConnect: false,
  });
}
