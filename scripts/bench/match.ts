/**
 * `pnpm bench:match [N]`: what watchlist matching costs next to storing,
 * without the noise of a whole pipeline on a shared machine. Defines `BENCH_WATCHLISTS` (default 1,000) watchlists the
 * way `bench:pipeline` does, stores N distinct realistic articles the way the worker does (claim,
 * extract, store in batches of `BENCH_BATCH`, default 16 like WORKER_BATCH_SIZE), then matches
 * them in batches of `BENCH_MATCH_BATCH` (default 64 like WORKER_MATCH_BATCH_SIZE) the way the
 * alerts worker does (`matchArticles`), and prints
 * for both phases the CPU time per article spent in this process and in this database's own
 * Postgres backends (read from /proc, so other work on the machine does not count), with
 * matching's share of storing's. Queueing is left out: `bench:pipeline` measures it end to end.
 */
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, insertArticleOnce } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { extractArticle, EXTRACTOR_VERSION } from "@marsad/extract";
import { articleKnowledge, claimArticles, storeArticlesKnowledge } from "@marsad/knowledge";
import { createAlertsQueue, createRedis } from "@marsad/queue";
import postgres from "postgres";
import { matchArticles } from "../../apps/worker/src/processors/match-articles";
import { loadArticleMix, variant } from "./article-mix";
import { seedWatchlists } from "./seed-watchlists";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 500);
const WATCHLISTS = Number(process.env.BENCH_WATCHLISTS ?? 1000);
const BATCH = Number(process.env.BENCH_BATCH ?? 16);
const MATCH_BATCH = Number(process.env.BENCH_MATCH_BATCH ?? 64);
/** Batches at once, as the worker's batchers run them. */
const IN_FLIGHT = 2;
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString());

/** CPU milliseconds used so far by the Postgres backends serving `database` (its pids from pg_stat_activity). */
async function backendCpuMs(sql: postgres.Sql, database: string): Promise<number> {
  const pids = await sql<
    Array<{ pid: number }>
  >`select pid from pg_stat_activity where datname = ${database}`;
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the backend ended while we read
    }
  }
  return ticks * TICK_MS;
}

/** Runs `work` on every batch of `size` ids, IN_FLIGHT at a time; returns wall seconds and CPU ms (this process, Postgres). */
async function measure(
  sql: postgres.Sql,
  database: string,
  ids: string[],
  size: number,
  work: (batch: string[]) => Promise<unknown>,
) {
  const batches = Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));
  const cpu0 = process.cpuUsage();
  const pg0 = await backendCpuMs(sql, database);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) await work(batches[next++]!);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, nodeMs: (cpu.user + cpu.system) / 1000, pgMs: (await backendCpuMs(sql, database)) - pg0 };
}

async function main() {
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  // Connections stay open for the whole run, so their backends' CPU counters are read before they end.
  const sql = postgres(testDb.url, { max: 2, idle_timeout: 0, onnotice: () => {} });
  const { db, close } = createDb(testDb.url, { max: IN_FLIGHT + 2 });
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const queue = createAlertsQueue(redis, { prefix: `marsad-bench-${randomBytes(3).toString("hex")}` });
  try {
    const texts = loadArticleMix(rootDir);
    // Rules made before the articles arrive, so every article is news to them.
    const rules = WATCHLISTS > 0 ? await seedWatchlists(sql, WATCHLISTS) : 0;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const text = variant(texts, i);
      const contentHash = createHash("sha256").update(text).digest("hex");
      ids.push((await insertArticleOnce(db, { rawText: text, contentHash })).article.id);
    }
    const store = await measure(sql, testDb.name, ids, BATCH, async (batch) => {
      const claimed = await claimArticles(db, batch);
      const inputs = claimed.flatMap((article) => {
        if (!article) return [];
        const extraction = extractArticle({
          text: article.rawText ?? "",
          title: article.title,
          publishedHint: article.publishedAt,
        });
        return [articleKnowledge(article, extraction, EXTRACTOR_VERSION)];
      });
      await storeArticlesKnowledge(db, inputs);
    });
    const match = await measure(sql, testDb.name, ids, MATCH_BATCH, (batch) => matchArticles(db, queue, batch));
    const [alerts] = await sql<[{ n: number }]>`select count(*)::int as n from alerts`;

    const perArticle = (ms: number) => (ms / N).toFixed(2);
    console.log(
      `match benchmark: ${N} articles, ${WATCHLISTS} watchlists (${rules} rules), stored in batches of ${BATCH} and matched in batches of ${MATCH_BATCH}, ${IN_FLIGHT} in flight, ${texts.length} base texts; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
    );
    for (const [name, m] of [
      ["store", store],
      ["match", match],
    ] as const) {
      console.log(
        `  ${name}: ${(N / m.seconds).toFixed(0)} articles/s; CPU per article: this process ${perArticle(m.nodeMs)} ms, Postgres ${perArticle(m.pgMs)} ms`,
      );
    }
    const share = (match.nodeMs + match.pgMs) / (store.nodeMs + store.pgMs);
    console.log(
      `  matching CPU / storing CPU: ${(share * 100).toFixed(1)} %; ${alerts.n} alerts (${(alerts.n / N).toFixed(0)} per article)`,
    );
  } finally {
    await queue.close();
    redis.disconnect();
    await close();
    await sql.end();
    if (process.env.BENCH_KEEP_DB) console.log(`  kept the database: ${testDb.url}`);
    else await testDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
