/**
 * `pnpm test:faults`: the pipeline under faults, on a Postgres and a Redis of its own.
 *
 *   1. a worker is SIGKILLed while articles are in flight, then started again;
 *   2. Redis restarts empty mid-run;
 *   3. Postgres stops for 20 s mid-run (the API must answer 503 quickly meanwhile);
 *   4. three workers share one queue.
 *
 * After each, every article must be `done` exactly once: no article, mention, event link or
 * person stored twice, none lost. Prints the figures of each scenario; exits 1 if one fails.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storeSubmission } from "@marsad/intake";
import { createDb, migrate } from "@marsad/db";
import { createArticlesQueue, createRedis, enqueueIngestMany } from "@marsad/queue";
import postgres from "postgres";
import { createArticlesHandlers } from "../../apps/dashboard/src/server/http/articles-handlers";
import { loadArticleMix, variant } from "../bench/article-mix";
import { freePort } from "@marsad/db/free-port";
import { startPostgres, startRedis } from "./services";
import { spawnWorker, stopWorker } from "./workers";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.env.FAULTS_N ?? 2000);
const texts = loadArticleMix(rootDir);
let failures = 0;

async function until(label: string, check: () => Promise<boolean>, timeoutMs = 180_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${label}`);
}

async function figures(sql: postgres.Sql, submitted: number) {
  const [r] = await sql<[{ total: number; done: number; failed: number; dup_articles: number; dup_mentions: number; dup_links: number; dup_people: number }]>`
    select (select count(*)::int from articles) total,
           (select count(*)::int from articles where status = 'done') done,
           (select count(*)::int from articles where status = 'failed') failed,
           (select count(*)::int - count(distinct content_hash)::int from articles) dup_articles,
           (select count(*)::int - count(distinct (article_id, start, "end"))::int from mentions) dup_mentions,
           (select count(*)::int - count(distinct (article_id, ordinal))::int from event_articles) dup_links,
           (select coalesce(sum(n - 1), 0)::int from (select count(*) n from entities where type = 'person' and merged_into is null group by name_key having count(*) > 1) x) dup_people`;
  return { submitted, ...r, lost: submitted - r.done - r.failed };
}

function report(name: string, f: Awaited<ReturnType<typeof figures>>, extra = "") {
  const ok = f.done === f.submitted && f.lost === 0 && f.dup_articles + f.dup_mentions + f.dup_links + f.dup_people === 0;
  if (!ok) failures++;
  console.log(
    `${ok ? "PASS" : "FAIL"} ${name}: submitted ${f.submitted}, done ${f.done}, failed ${f.failed}, lost ${f.lost}, ` +
      `duplicates: articles ${f.dup_articles}, mentions ${f.dup_mentions}, event links ${f.dup_links}, people ${f.dup_people}${extra}`,
  );
}

interface Ctx {
  dbUrl: string;
  redisUrl: string;
  prefix: string;
  /** The suite's own connection; replaced when a scenario restarts Postgres. */
  conn: { sql: postgres.Sql };
  pg: Awaited<ReturnType<typeof startPostgres>>;
  redis: Awaited<ReturnType<typeof startRedis>>;
}

async function scenario(name: string, run: (ctx: Ctx) => Promise<string | void>) {
  if (process.env.FAULTS_ONLY && !name.includes(process.env.FAULTS_ONLY)) return;
  const pg = await startPostgres(await freePort());
  const redis = await startRedis(await freePort());
  await migrate(pg.url);
  const conn = { sql: postgres(pg.url, { max: 2, onnotice: () => {} }) };
  const prefix = `faults-${randomBytes(3).toString("hex")}`;
  try {
    const t0 = Date.now();
    const extra = await run({ dbUrl: pg.url, redisUrl: redis.url, prefix, conn, pg, redis });
    report(name, await figures(conn.sql, N), `${extra ?? ""} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.log(`     figures: ${JSON.stringify(await figures(conn.sql, N).catch(() => null))}`);
  } finally {
    await conn.sql.end({ timeout: 1 });
    await redis.stop();
    await pg.remove();
  }
}

/** Stores N distinct articles and queues them, as the API does. */
async function submitAll(dbUrl: string, redisUrl: string, prefix: string) {
  const { db, close } = createDb(dbUrl, { max: 4 });
  const redis = createRedis(redisUrl, "producer");
  const queue = createArticlesQueue(redis, { prefix });
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push((await storeSubmission({ db }, { text: variant(texts, i) })).id);
  for (let i = 0; i < ids.length; i += 500) await enqueueIngestMany(queue, ids.slice(i, i + 500));
  await queue.close();
  redis.disconnect();
  await close();
}

const doneCount = async (sql: postgres.Sql) => (await sql<[{ n: number }]>`select count(*)::int n from articles where status = 'done'`)[0].n;

await scenario("worker SIGKILLed mid-run", async ({ dbUrl, redisUrl, prefix, conn }) => {
  const sql = conn.sql;
  await submitAll(dbUrl, redisUrl, prefix);
  const env = { DATABASE_URL: dbUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix };
  const first = spawnWorker(env);
  await until("some progress", async () => (await doneCount(sql)) >= N / 4);
  await stopWorker(first, "SIGKILL");
  const killedAt = await doneCount(sql);
  const second = spawnWorker(env);
  await until("all done", async () => (await doneCount(sql)) === N);
  await stopWorker(second);
  return `; killed at ${killedAt} done`;
});

await scenario("Redis restarted empty mid-run", async ({ dbUrl, redisUrl, prefix, conn, redis }) => {
  const sql = conn.sql;
  await submitAll(dbUrl, redisUrl, prefix);
  const worker = spawnWorker({ DATABASE_URL: dbUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix });
  await until("some progress", async () => (await doneCount(sql)) >= N / 4);
  await redis.restartEmpty();
  const at = await doneCount(sql);
  await until("all done", async () => (await doneCount(sql)) === N);
  await stopWorker(worker);
  return `; Redis emptied at ${at} done`;
});

await scenario("Postgres stopped for 20 s mid-run", async ({ dbUrl, redisUrl, prefix, conn, pg }) => {
  await submitAll(dbUrl, redisUrl, prefix);
  const worker = spawnWorker({ DATABASE_URL: dbUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix });
  await until("some progress", async () => (await doneCount(conn.sql)) >= N / 4);
  // The suite's own connection must not be mid-write when the server goes away.
  await conn.sql.end({ timeout: 1 });
  await pg.stop();
  // Meanwhile the API must say the database is unavailable, quickly, rather than hang.
  const apiDb = createDb(dbUrl, { max: 1 });
  const apiRedis = createRedis(redisUrl, "producer");
  const handlers = createArticlesHandlers(() => ({
    db: apiDb.db,
    queue: createArticlesQueue(apiRedis, { prefix }),
    logger: { error: () => {}, warn: () => {}, info: () => {} } as never,
    sourceOf: () => ({ client: "fault-suite", ownOrigin: "http://api", https: false }),
  }));
  const t0 = Date.now();
  const res = await handlers.submit(
    new Request("http://api/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "نص أثناء توقف قاعدة البيانات" }) }),
  );
  const apiMs = Date.now() - t0;
  const body = (await res.json()) as { error?: string };
  await new Promise((r) => setTimeout(r, 20_000 - apiMs));
  await pg.start();
  conn.sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
  await until("all done", async () => (await doneCount(conn.sql)) === N, 300_000);
  await stopWorker(worker);
  apiRedis.disconnect();
  await apiDb.close(1);
  if (res.status !== 503) throw new Error(`the API answered ${res.status} instead of 503 while Postgres was down`);
  return `; API during the outage: ${res.status} in ${apiMs} ms ("${body.error}")`;
});

await scenario("three workers on one queue", async ({ dbUrl, redisUrl, prefix, conn }) => {
  const sql = conn.sql;
  await submitAll(dbUrl, redisUrl, prefix);
  const env = { DATABASE_URL: dbUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix };
  const workers = [spawnWorker(env), spawnWorker(env), spawnWorker(env)];
  await until("all done", async () => (await doneCount(sql)) === N);
  await Promise.all(workers.map((w) => stopWorker(w)));
});

console.log(failures === 0 ? "fault suite: all scenarios held" : `fault suite: ${failures} scenario(s) failed`);
process.exit(failures === 0 ? 0 : 1);
