/**
 * `pnpm bench:pipeline [N]`: end-to-end throughput. Submits N distinct realistic articles through
 * the HTTP API's batch endpoint to a production build of the dashboard, lets a worker process
 * them into a fresh database, and prints sustained articles/s, submit-to-done latency and the
 * worker's peak RSS — next to the throughput of a no-op BullMQ job on the same Redis (the ceiling).
 * `BENCH_ARCHIVE=100000` first fills the database with that many processed articles, to measure
 * the pipeline against a grown archive; `BENCH_WORKERS=2` runs that many worker processes, each with
 * `WORKER_CONCURRENCY` and `WORKER_BATCH_SIZE` as set, else the worker's defaults;
 * `BENCH_WATCHLISTS=1000` defines that many watchlists first, and the end-to-end figure then runs
 * until their matching is finished too.
 * `BENCH_RATE=10` submits the articles one POST at a time at that many per second instead (a light
 * load: its submit-to-done latency is what a lone article waits).
 * `BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"`
 * profiles the worker while it runs.
 * It also prints the CPU per article of the workers and of the database's Postgres backends, the
 * statements the workers sent per article, and the ratio of the end-to-end rate to
 * `bench:extract`'s rate on the same mix, measured first in the same run.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApiToken, createUser } from "@marsad/api";
import { createDb } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { createRedis } from "@marsad/queue";
import { Queue, Worker } from "bullmq";
import postgres from "postgres";
import { freePort } from "@marsad/db/free-port";
import { loadArticleMix, percentile, variant } from "./article-mix";
import { cpuBetween, databaseCpu, processCpuMs } from "./cpu";
import { seedAtScale } from "./seed-scale";
import { seedWatchlists } from "./seed-watchlists";
import { workerEnvSchema } from "../../apps/worker/src/env";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 2000);
// The worker's own defaults unless the environment sets them, so the benchmark runs what a deployment runs.
const CONCURRENCY = workerEnvSchema.shape.WORKER_CONCURRENCY.parse(process.env.WORKER_CONCURRENCY);
const BATCH_SIZE = workerEnvSchema.shape.WORKER_BATCH_SIZE.parse(process.env.WORKER_BATCH_SIZE);
const RATE = Number(process.env.BENCH_RATE ?? 0);
const ARCHIVE = Number(process.env.BENCH_ARCHIVE ?? 0);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const WATCHLISTS = Number(process.env.BENCH_WATCHLISTS ?? 0);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `marsad-bench-${randomBytes(3).toString("hex")}`;

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function noopCeiling(count: number): Promise<number> {
  const connection = createRedis(REDIS_URL, "worker");
  const name = `${prefix}-noop`;
  const queue = new Queue(name, { connection, prefix });
  // BullMQ leaves a connection it was given open: without disconnecting it the script never exits.
  const workerConnection = createRedis(REDIS_URL, "worker");
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker(name, async () => {}, { connection: workerConnection, prefix, concurrency: CONCURRENCY });
    worker.on("completed", () => {
      if (++done === count) void worker.close().then(() => resolve());
    });
  });
  const t0 = performance.now();
  for (let i = 0; i < count; i += 500) {
    await queue.addBulk(Array.from({ length: Math.min(500, count - i) }, (_, j) => ({ name: "noop", data: { i: i + j } })));
  }
  await finished;
  const rate = count / ((performance.now() - t0) / 1000);
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  workerConnection.disconnect();
  return rate;
}

/** `bench:extract`'s articles/s on the corpus-sized mix (the texts this benchmark submits), on one core. */
function extractRate(): number {
  const run = spawnSync("pnpm", ["--silent", "bench:extract"], { cwd: rootDir, encoding: "utf8" });
  const rate = /corpus-sized mix.*?(\d+) articles\/s/.exec(run.stdout ?? "");
  if (!rate) throw new Error(`bench:extract printed no rate: ${run.stdout}${run.stderr}`);
  return Number(rate[1]);
}

/** A worker's counters so far (its `/metrics`): statements sent to Postgres, CPU ms spent extracting. */
async function workerCounters(port: number): Promise<{ statements: number; extractionMs: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const counter = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, "m").exec(text)?.[1] ?? Number.NaN);
  return { statements: counter("marsad_db_statements_total"), extractionMs: counter("marsad_extraction_cpu_seconds_total") * 1000 };
}

async function submitPaced(url: string, authorization: string, texts: string[], submittedAt: Map<string, number>): Promise<void> {
  const t0 = Date.now();
  const sent: Array<Promise<void>> = [];
  for (let i = 0; i < N; i++) {
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + (i * 1000) / RATE - Date.now())));
    const at = Date.now();
    sent.push(
      fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ text: variant(texts, i) }) }).then(
        async (res) => {
          if (!res.ok) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
          submittedAt.set(((await res.json()) as { id: string }).id, at);
        },
      ),
    );
  }
  await Promise.all(sent);
}

async function editorToken(url: string): Promise<string> {
  const { db, close } = createDb(url, { max: 1 });
  try {
    const user = await createUser(db, { username: "bench", password: randomBytes(12).toString("base64url"), role: "editor" });
    return `Bearer ${(await createApiToken(db, user.id, "bench")).token}`;
  } finally {
    await close();
  }
}

async function main() {
  if (!existsSync(path.join(rootDir, "apps/dashboard/.next/BUILD_ID"))) {
    process.stderr.write("building the dashboard…\n");
    spawnSync("pnpm", ["--filter", "@marsad/dashboard", "build"], { cwd: rootDir, stdio: "inherit" });
  }
  const extractPerSecond = extractRate();
  const db = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  // The benchmark is one client sending far more than an analyst would: lift its allowance.
  const env = { ...process.env, DATABASE_URL: db.url, REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: "warn", NODE_ENV: "production", SUBMISSIONS_PER_MINUTE: "100000000" };
  const children: ChildProcess[] = [];
  const sql = postgres(db.url, { max: 2, onnotice: () => {} });
  try {
    const texts = loadArticleMix(rootDir);
    if (ARCHIVE > 0) {
      const t = Date.now();
      await seedAtScale(sql, texts, ARCHIVE);
      process.stderr.write(`archive of ${ARCHIVE} articles seeded in ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
    }
    const watchRules = WATCHLISTS > 0 ? await seedWatchlists(sql, WATCHLISTS) : 0;
    // A production server refuses the API until a user exists; submit as an editor with a token.
    const authorization = await editorToken(db.url);
    const webPort = await freePort();
    const web = spawn("pnpm", ["exec", "next", "start", "--port", String(webPort)], {
      cwd: path.join(rootDir, "apps/dashboard"),
      env,
      stdio: "ignore",
    });
    children.push(web);
    const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const healthPorts: number[] = [];
    while (healthPorts.length < WORKERS) {
      const port = await freePort();
      if (port !== webPort && !healthPorts.includes(port)) healthPorts.push(port);
    }
    const workers = healthPorts.map((port) =>
      spawn(process.execPath, [...nodeArgs, "--import", "tsx", "apps/worker/src/index.ts"], {
        cwd: rootDir,
        env: { ...env, WORKER_CONCURRENCY: String(CONCURRENCY), WORKER_BATCH_SIZE: String(BATCH_SIZE), WORKER_HEALTH_PORT: String(port) },
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
    children.push(...workers);
    await waitForHttp(`http://127.0.0.1:${webPort}/api/health`, 60_000);
    for (const port of healthPorts) await waitForHttp(`http://127.0.0.1:${port}/health/live`, 60_000);
    const workerCpu0 = workers.map((w) => processCpuMs(w.pid!));
    const counters0 = await Promise.all(healthPorts.map(workerCounters));
    const pg0 = await databaseCpu(sql);

    const submittedAt = new Map<string, number>();
    let peakRss = 0;
    // Peak of the workers' summed RSS.
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, workers.reduce((sum, w) => sum + rssMb(w.pid!), 0))), 200);
    const t0 = Date.now();
    if (RATE > 0) await submitPaced(`http://127.0.0.1:${webPort}/api/v1/articles`, authorization, texts, submittedAt);
    for (let i = 0; RATE <= 0 && i < N; i += 500) {
      const articles = Array.from({ length: Math.min(500, N - i) }, (_, j) => ({ text: variant(texts, i + j) }));
      const res = await fetch(`http://127.0.0.1:${webPort}/api/v1/articles/batch`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ articles }),
      });
      if (!res.ok) throw new Error(`batch submit answered ${res.status}: ${await res.text()}`);
      const body = (await res.json()) as { results: Array<{ result: string; id?: string }> };
      const now = Date.now();
      for (const r of body.results) if (r.id) submittedAt.set(r.id, now);
    }
    const submitSeconds = (Date.now() - t0) / 1000;

    let done = 0;
    while (done < submittedAt.size) {
      await new Promise((r) => setTimeout(r, 250));
      const [row] = await sql<[{ n: number }]>`select count(*)::int as n from articles where status in ('done','failed') and content_hash not like 'seed-%'`;
      done = row.n;
    }
    // Matching runs after each article is done: with watchlists, wait until no matching job is left.
    const alertsConnection = createRedis(REDIS_URL, "producer");
    const alertsQueue = new Queue("alerts", { connection: alertsConnection, prefix });
    let matchedAt = 0;
    if (WATCHLISTS > 0) {
      for (;;) {
        const counts = await alertsQueue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      matchedAt = Date.now();
    }
    const workerMs = workers.reduce((sum, w, i) => sum + processCpuMs(w.pid!) - workerCpu0[i]!, 0);
    const counters = await Promise.all(healthPorts.map(workerCounters));
    const statements = counters.reduce((sum, c, i) => sum + c.statements - counters0[i]!.statements, 0);
    const extractionMs = counters.reduce((sum, c, i) => sum + c.extractionMs - counters0[i]!.extractionMs, 0);
    const postgresMs = cpuBetween(pg0, await databaseCpu(sql));
    await alertsQueue.close();
    // BullMQ leaves a connection it was given open: without disconnecting it the script never exits.
    alertsConnection.disconnect();
    clearInterval(sampler);
    const rows = await sql<Array<{ id: string; processed_at: Date; status: string }>>`
      select id, processed_at, status from articles where content_hash not like 'seed-%'`;
    const latencies = rows
      .filter((r) => r.processed_at)
      .map((r) => r.processed_at.getTime() - (submittedAt.get(r.id) ?? t0))
      .sort((a, b) => a - b);
    const lastDone = Math.max(...rows.map((r) => r.processed_at?.getTime() ?? 0));
    const last = Math.max(lastDone, matchedAt);
    const failed = rows.filter((r) => r.status === "failed").length;
    const [facts] = await sql<[{ entities: number; mentions: number; events: number }]>`
      select (select count(*)::int from entities) as entities,
             (select count(*)::int from mentions where extractor_version <> 'seed') as mentions,
             (select count(*)::int from events where summary not like 'seed event %') as events`;
    const ceiling = await noopCeiling(N);

    const archive = `${ARCHIVE > 0 ? `, into an archive of ${ARCHIVE} articles` : ""}${WATCHLISTS > 0 ? `, ${WATCHLISTS} watchlists (${watchRules} rules)` : ""}`;
    const processes = WORKERS > 1 ? `${WORKERS} worker processes, each ` : "worker ";
    console.log(`pipeline benchmark: ${N} articles, ${processes}concurrency ${CONCURRENCY}, batches of up to ${BATCH_SIZE}, ${texts.length} base texts${archive}`);
    const endToEnd = N / ((last - t0) / 1000);
    console.log(`  submit (${RATE > 0 ? `one POST at a time, paced at ${RATE}/s` : "HTTP batch of 500"}): ${(N / submitSeconds).toFixed(0)} articles/s`);
    console.log(`  end to end (first submit → last done): ${endToEnd.toFixed(0)} articles/s`);
    console.log(`  bench:extract on the same mix, one core, this run: ${extractPerSecond} articles/s; end to end is ${(endToEnd / extractPerSecond).toFixed(2)}× that`);
    console.log(
      `  CPU per article: worker${WORKERS > 1 ? "s" : ""} ${(workerMs / N).toFixed(2)} ms ` +
        `(extraction ${(extractionMs / N).toFixed(2)} ms, the rest ${((workerMs - extractionMs) / N).toFixed(2)} ms), Postgres (this database's backends) ${(postgresMs / N).toFixed(2)} ms; ` +
        `statements per article (worker) ${(statements / N).toFixed(1)}`,
    );
    if (WATCHLISTS > 0) {
      const [alerts] = await sql<[{ n: number }]>`select count(*)::int as n from alerts`;
      console.log(`  matching: ${alerts.n} alerts stored; last matching job finished ${((matchedAt - lastDone) / 1000).toFixed(1)} s after the last article was done`);
    }
    console.log(`  submit-to-done latency: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms`);
    console.log(`  worker peak RSS${WORKERS > 1 ? " (all processes)" : ""}: ${peakRss.toFixed(0)} MB`);
    console.log(`  failed: ${failed}; stored: ${facts.entities} entities, ${facts.mentions} mentions, ${facts.events} events`);
    console.log(`  ceiling (no-op BullMQ job, same Redis, concurrency ${CONCURRENCY}): ${ceiling.toFixed(0)} jobs/s`);
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    await sql.end();
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
