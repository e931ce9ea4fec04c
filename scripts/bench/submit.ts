/**
 * `pnpm bench:submit [N]`: what accepting a submission costs on the request path, without HTTP and
 * without a worker. Submits N distinct realistic articles through the same service functions the
 * API routes call — as batches of 500 (`POST /api/v1/articles/batch`), the same batches again (all
 * duplicates), and one at a time with 8 in flight (`POST /api/v1/articles`) — into a fresh
 * database and a queue of its own, and prints for each: articles/s, CPU time per article in this
 * process, and SQL statements per article (counted at the client, so other users of the server do
 * not blur them).
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { submitArticle, submitBatch, type IntakeDeps } from "@marsad/intake";
import { createArticlesQueue, createRedis } from "@marsad/queue";
import { loadArticleMix, variant } from "./article-mix";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 2000);
const BATCH = 500;
const IN_FLIGHT = 8;
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

interface PhaseFigures {
  articles: number;
  seconds: number;
  cpuMs: number;
  statements: number;
}

async function measure(
  articles: number,
  counter: { statements: number },
  work: () => Promise<void>,
): Promise<PhaseFigures> {
  const statementsBefore = counter.statements;
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    articles,
    seconds,
    cpuMs: (cpu.user + cpu.system) / 1000,
    statements: counter.statements - statementsBefore,
  };
}

function report(label: string, f: PhaseFigures): void {
  console.log(
    `  ${label.padEnd(34)} ${(f.articles / f.seconds).toFixed(0).padStart(6)} articles/s · ` +
      `${(f.cpuMs / f.articles).toFixed(3)} ms CPU/article · ${(f.statements / f.articles).toFixed(3)} statements/article`,
  );
}

async function main() {
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const handle = createDb(testDb.url);
  // Every statement the pool sends passes through postgres.js's debug hook: count them there. The
  // drizzle handle keeps its postgres.js client as `$client`, which the `Db` type does not show.
  const counter = { statements: 0 };
  const client = (handle.db as unknown as { $client: { options: { debug: (() => void) | boolean } } })
    .$client;
  client.options.debug = () => {
    counter.statements++;
  };
  const redis = createRedis(REDIS_URL, "producer");
  const queue = createArticlesQueue(redis, { prefix: `marsad-bench-${randomBytes(3).toString("hex")}` });
  const deps: IntakeDeps = { db: handle.db, queue };
  try {
    const texts = loadArticleMix(rootDir);
    const batches = Array.from({ length: Math.ceil(N / BATCH) }, (_, b) =>
      Array.from({ length: Math.min(BATCH, N - b * BATCH) }, (_, j) => ({
        text: variant(texts, b * BATCH + j),
      })),
    );
    const batch = await measure(N, counter, async () => {
      for (const items of batches) await submitBatch(deps, items);
    });
    const again = await measure(N, counter, async () => {
      for (const items of batches) await submitBatch(deps, items);
    });
    let next = 0;
    const single = await measure(N, counter, async () => {
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          for (let i = next++; i < N; i = next++) await submitArticle(deps, { text: variant(texts, N + i) });
        }),
      );
    });
    const waiting = await queue.getJobCountByTypes("waiting", "prioritized");
    if (waiting !== 2 * N) throw new Error(`expected ${2 * N} queued jobs, found ${waiting}`);
    console.log(
      `submit benchmark: ${N} articles per phase, ${texts.length} base texts, batches of ${BATCH}, single submissions ${IN_FLIGHT} in flight`,
    );
    report(`batch of ${BATCH} (new articles)`, batch);
    report(`batch of ${BATCH} (all duplicates)`, again);
    report(`one at a time (new articles)`, single);
  } finally {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    redis.disconnect();
    await handle.close();
    await testDb.drop();
  }
}

await main();
