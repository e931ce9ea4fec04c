/**
 * `pnpm bench:dashboard [N]`: server time of each dashboard page's main query at scale. Seeds N
 * (default 100,000) processed articles with people, mentions and events into a fresh database,
 * then calls every page's tRPC procedures in-process (what the page's server work is, without
 * rendering or network) over varied inputs, and prints p50/p95 in milliseconds per page. The
 * archive comes with `BENCH_WATCHLISTS` watchlists (default 1,000) and about six alerts per
 * article under their rules, for the inbox, the navigation's unread count and the watchlists page.
 * BENCH_KEEP_DB=1 keeps the seeded database and prints its URL; BENCH_DATABASE_URL=<that URL> times
 * the pages again on it without seeding (to try a query or an index with EXPLAIN ANALYZE between runs).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appRouter, createCallerFactory, OPEN_ACCESS } from "@marsad/api";
import { createDb, recountAllWatchlists } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis } from "@marsad/queue";
import postgres from "postgres";
import { loadArticleMix, percentile } from "./article-mix";
import { seedAlerts } from "./seed-alerts";
import { seedAtScale } from "./seed-scale";
import { seedWatchlists } from "./seed-watchlists";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 100_000);
/** `BENCH_RUNS`: timed calls per page (default 40; fewer when a slow page would take too long). */
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
/** `BENCH_WATCHLISTS`: watchlists seeded with their alerts (default 1,000, as many as a large deployment's). */
const WATCHLISTS = Number(process.env.BENCH_WATCHLISTS ?? 1000);
const TARGET_MS = 200;

const results: Array<{ page: string; p95: number }> = [];

/**
 * CPU time (ms) spent so far by this process and by the database's server processes (read from
 * /proc/<pid>/schedstat, in nanoseconds; NaN when Postgres runs on another machine). On a shared
 * machine wall-clock time grows with everyone's load; the CPU a page costs does not.
 */
function cpuMs(backends: number[]): number {
  const own = process.cpuUsage();
  let ns = 0;
  for (const pid of backends) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      return Number.NaN;
    }
  }
  return (own.user + own.system) / 1000 + ns / 1e6;
}

async function time(sql: postgres.Sql, page: string, inputs: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run(i % inputs); // warm caches, plans and the pool's connections
  const backends = (await sql<Array<{ pid: number }>>`select pid from pg_stat_activity where datname = current_database()`).map((r) => r.pid);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [t0, c0] = [performance.now(), cpuMs(backends)];
    await run(i % inputs);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(backends) - c0);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p95 = percentile(wall, 95);
  results.push({ page, p95 });
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  console.log(`  ${page.padEnd(48)} p50 ${ms(percentile(wall, 50))}   p95 ${ms(p95)}   CPU p50 ${ms(percentile(cpu, 50))}   p95 ${ms(percentile(cpu, 95))}`);
}

async function main() {
  const reused = process.env.BENCH_DATABASE_URL;
  const testDb = reused ? null : await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const url = reused ?? testDb!.url;
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  const { db, close } = createDb(url);
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const prefix = `marsad-bench-${randomBytes(4).toString("hex")}`;
  const queue = createArticlesQueue(redis, { prefix });
  const feedsQueue = createFeedsQueue(redis, { prefix });
  const caller = createCallerFactory(appRouter)({ db, queue, feedsQueue, access: OPEN_ACCESS });
  try {
    if (testDb) {
      const t0 = performance.now();
      const { persons } = await seedAtScale(sql, loadArticleMix(rootDir), N);
      console.log(`seeded ${N} articles, ${persons} people in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const t1 = performance.now();
      const rules = await seedWatchlists(sql, WATCHLISTS);
      const alerts = await seedAlerts(sql);
      // Seeded in bulk, not by matching: the watchlists' counts are taken afresh, as migration 0016 did.
      await recountAllWatchlists(db);
      await sql`analyze`;
      console.log(`seeded ${WATCHLISTS} watchlists (${rules} rules), ${alerts} alerts in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    }
    const [{ n: articleCount } = { n: 0 }] = await sql<Array<{ n: number }>>`select count(*)::int as n from articles`;
    const people = (await sql<Array<{ id: string }>>`select id from entities where type = 'person' order by mention_count desc limit 20`).map((r) => r.id);
    const articleIds = (await sql<Array<{ id: string }>>`select id from articles order by random() limit 20`).map((r) => r.id);
    const eventIds = (await sql<Array<{ id: string }>>`select id from events order by article_count desc limit 20`).map((r) => r.id);
    const words = ["القوات", "بالقاهرة", "التعاون العسكري", "وزير الدفاع", "الليبية"];

    const load = loadavg().map((l) => l.toFixed(1)).join(" ");
    console.log(`server time of each page's main queries over ${RUNS} runs (${articleCount} articles, load average ${load}):`);
    console.log(`  wall clock, and CPU of this process and of Postgres`);
    await time(sql, "overview (totals, per-day charts, latest events)", 1, () => caller.overview.stats());
    await time(sql, "articles (newest first, no filter)", 1, () => caller.articles.list({ limit: 20 }));
    await time(sql, "articles (full-text search + country filter)", words.length, (i) =>
      caller.articles.list({ limit: 20, q: words[i]!, country: "EG" }),
    );
    await time(sql, "articles (search best match first + country)", words.length, (i) =>
      caller.search.filtered({ limit: 20, q: words[i]!, country: "EG" }),
    );
    await time(sql, "articles (search best match first, no filter)", words.length, (i) => caller.search.filtered({ limit: 20, q: words[i]! }));
    await time(sql, "articles (search + topic + event type)", words.length, (i) =>
      caller.articles.list({ limit: 20, q: words[i]!, topic: "military-cooperation", eventType: "meeting" }),
    );
    await time(sql, "articles (country + status + oldest first)", 1, () => caller.articles.list({ limit: 20, country: "EG", status: "done", sort: "oldest" }));
    await time(sql, "articles (source + date range)", 1, () => caller.articles.list({ limit: 20, source: "رويترز", from: "2025-01-01", to: "2026-12-31" }));
    await time(sql, "articles (person + date range filter)", people.length, (i) =>
      caller.articles.list({ limit: 20, personId: people[i]!, from: "2024-01-01", to: "2026-12-31" }),
    );
    await time(sql, "article (row + highlights, events, story)", articleIds.length, async (i) => {
      await Promise.all([caller.articles.byId({ id: articleIds[i]! }), caller.articles.reading({ id: articleIds[i]! })]);
    });
    await time(sql, "people directory (most mentioned)", 1, () => caller.entities.list({ type: "person", limit: 50 }));
    await time(sql, "people directory (name search)", words.length, (i) => caller.entities.list({ type: "person", q: ["صدام حفتر", "خليفه", "عبدالمجيد", "محمد", "الشريف"][i]!, limit: 50 }));
    await time(sql, "entity profile (profile + mentions per month)", people.length, async (i) => {
      await Promise.all([caller.entities.byId({ id: people[i]! }), caller.entities.mentionsPerMonth({ id: people[i]! })]);
    });
    await time(sql, "events timeline (all)", 1, () => caller.events.timeline({}));
    await time(sql, "events timeline (country pair EG–LY)", 1, () => caller.events.timeline({ countries: ["EG", "LY"] }));
    await time(sql, "event detail (with coverage log)", eventIds.length, (i) => caller.events.byId({ id: eventIds[i]! }));
    await time(sql, "network (who met whom, all dates)", 1, () => caller.network.graph({}));
    await time(sql, "map (event locations and visits)", 1, () => caller.map.events({}));
    await time(sql, "queue (counts and failed jobs)", 1, () => caller.queue.overview());
    await time(sql, "feeds (status list)", 1, () => caller.feeds.list());
    const watchlistIds = (await sql<Array<{ id: string }>>`select id from watchlists order by random() limit 20`).map((r) => r.id);
    await time(sql, "navigation (unread alerts count)", 1, () => caller.alerts.unreadCount());
    await time(sql, "inbox (unread alerts, first page)", 1, () => caller.alerts.list({ limit: 200, unread: true }));
    await time(sql, "inbox (read and unread, first page)", 1, () => caller.alerts.list({ limit: 200 }));
    if (watchlistIds.length) {
      await time(sql, "inbox (one watchlist's alerts)", watchlistIds.length, (i) => caller.alerts.list({ limit: 50, watchlistId: watchlistIds[i]! }));
    }
    await time(sql, "watchlists (first page, unread counts)", 1, () => caller.watchlists.list());
    // A page deep in the list: keyset paging makes it cost what the first one does.
    let deep = (await caller.watchlists.list()).older;
    for (let i = 0; i < 9 && deep; i++) deep = (await caller.watchlists.list({ after: deep })).older ?? deep;
    const eleventh = deep;
    if (eleventh) await time(sql, "watchlists (eleventh page)", 1, () => caller.watchlists.list({ after: eleventh }));
    const over = results.filter((r) => r.p95 >= TARGET_MS);
    console.log(over.length ? `over ${TARGET_MS} ms at p95: ${over.map((r) => r.page).join("; ")}` : `every page under ${TARGET_MS} ms at p95`);
  } finally {
    await queue.obliterate({ force: true }).catch(() => {});
    await Promise.all([queue.close(), feedsQueue.close()]);
    redis.disconnect();
    await close();
    await sql.end();
    if (testDb && process.env.BENCH_KEEP_DB) console.log(`kept database ${testDb.url}`);
    else await testDb?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
