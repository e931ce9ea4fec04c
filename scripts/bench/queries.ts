/**
 * `pnpm bench:queries [N]`: the search and entity-page queries at scale. Seeds N (default 100,000)
 * processed articles with people, mentions and events into a fresh database, then times each query
 * the API and dashboard run, over varied inputs, and prints p50/p95 server time in milliseconds.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, getEntityProfile, listArticles, listEvents, searchArticles, searchEntities } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { scriptOf } from "@marsad/extract/text";
import postgres from "postgres";
import { loadArticleMix, percentile } from "./article-mix";
import { seedAtScale } from "./seed-scale";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 100_000);
const RUNS = 60;

async function time(label: string, inputs: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run(i); // warm caches and plans
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run(i % inputs);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms`);
}

/** BENCH_DATABASE_URL: time the queries again on a database an earlier run kept (BENCH_KEEP_DB), without seeding. */
async function database() {
  const kept = process.env.BENCH_DATABASE_URL;
  if (kept) return { url: kept, drop: async () => {}, seeded: true };
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  return { url: testDb.url, drop: () => testDb.drop(), seeded: false };
}

async function main() {
  const testDb = await database();
  const sql = postgres(testDb.url, { max: 4, onnotice: () => {} });
  const { db, close } = createDb(testDb.url);
  try {
    const t0 = performance.now();
    if (testDb.seeded) {
      const [row] = await sql<Array<{ n: number }>>`select count(*)::int as n from articles`;
      console.log(`reusing ${testDb.url}: ${row?.n ?? 0} articles`);
    } else {
      const { persons } = await seedAtScale(sql, loadArticleMix(rootDir), N);
      console.log(`seeded ${N} articles, ${persons} people in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    const entityIds = (await sql<Array<{ id: string }>>`select id from entities order by mention_count desc limit 20`).map((r) => r.id);
    // Arabic words and Latin-script ones, which find Arabic text by skeleton or gazetteer name.
    const words = ["القوات", "بالقاهرة", "التعاون العسكري", "وزير الدفاع", "الاستقرار", "التدريب المشترك", "حفتر", "الليبية", "Haftar", "Cairo", "Saddam Haftar", "Libya"];
    const names = ["صدام حفتر", "صدام حفتار", "عبدالمجيد صقر", "احمد خليفه", "خالد الشريف", "محمد", "Haftar", "Saddam Haftar", "Cairo", "Khaled Sharif"];
    const cursors: Array<string | undefined> = [undefined];
    for (let i = 0; i < 10; i++) cursors.push((await listArticles(db, { limit: 20, cursor: cursors.at(-1) })).nextCursor ?? undefined);

    console.log(`query times over ${RUNS} runs each (${N} articles):`);
    await time("search articles (Arabic full text, top 20)", words.length, (i) => searchArticles(db, { q: words[i]!, limit: 20 }));
    await time("search entities (spelling-tolerant names)", names.length, (i) => searchEntities(db, { q: names[i]!, limit: 20 }));
    const latinWords = words.filter((w) => scriptOf(w) === "latin");
    const latinNames = names.filter((w) => scriptOf(w) === "latin");
    await time("  of which Latin-script queries, articles", latinWords.length, (i) => searchArticles(db, { q: latinWords[i % latinWords.length]!, limit: 20 }));
    await time("  of which Latin-script queries, entities", latinNames.length, (i) => searchEntities(db, { q: latinNames[i % latinNames.length]!, limit: 20 }));
    await time("entity page (profile, titles, events, co-participants)", entityIds.length, (i) => getEntityProfile(db, entityIds[i]!));
    await time("article list page (keyset, 10 pages deep)", cursors.length, (i) => listArticles(db, { limit: 20, cursor: cursors[i] }));
    await time("events (country EG, 2024)", 1, () => listEvents(db, { country: "EG", from: "2024-01-01", to: "2024-12-31", limit: 100 }));
  } finally {
    await close();
    await sql.end();
    if (process.env.BENCH_KEEP_DB || process.env.BENCH_DATABASE_URL) console.log(`kept database ${testDb.url}`);
    else await testDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
