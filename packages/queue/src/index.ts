export { createRedis } from "./connection";
export { createArticlesQueue, enqueueIngest, enqueueIngestMany, type ArticlesQueue, type QueueOptions } from "./articles-queue";
