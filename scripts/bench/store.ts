/**
 * `pnpm bench:store [N]`: what storing one article costs, and who pays. Stores N distinct realistic
 * articles already in Postgres the way the worker does (claim, extract, store the knowledge), with
 * 16 in flight and no Redis or HTTP in the way — once for each batch size of `BENCH_BATCH`
 * (default "1,16": one article per transaction, then batches of up to 16 gathered as the worker
 * gathers them), each into a fresh database — and prints articles/s, the CPU time per article spent
 * in this process (extraction apart) and in the Postgres backends of that database, and the
 * statements sent per article. `BENCH_ARCHIVE=100000` first fills each database with that many
 * processed articles.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, insertArticleOnce } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { extractArticle, EXTRACTOR_VERSION } from "@marsad/extract";
import { articleKnowledge, claimArticles, storeArticleKnowledge, type ArticleKnowledge } from "@marsad/knowledge";
import postgres from "postgres";
import { createBatcher } from "../../apps/worker/src/batcher";
import { createStoreBatcher } from "../../apps/worker/src/store-batcher";
import { loadArticleMix, variant } from "./article-mix";
import { cpuBetween, databaseCpu } from "./cpu";
import { seedAtScale } from "./seed-scale";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 1000);
const ARCHIVE = Number(process.env.BENCH_ARCHIVE ?? 0);
const BATCHES = (process.env.BENCH_BATCH ?? "1,16").split(",").map(Number);
const IN_FLIGHT = 16;

async function run(texts: string[], batchSize: number) {
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const sql = postgres(testDb.url, { max: 1, onnotice: () => {} });
  let statements = 0;
  const { db, close } = createDb(testDb.url, { max: IN_FLIGHT + 2, onStatement: () => statements++ });
  try {
    if (ARCHIVE > 0) await seedAtScale(sql, texts, ARCHIVE);
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const text = variant(texts, i);
      const contentHash = createHash("sha256").update(text).digest("hex");
      ids.push((await insertArticleOnce(db, { rawText: text, contentHash })).article.id);
    }
    const batcher = createStoreBatcher(db, { maxSize: batchSize, waitMs: 5, maxInFlight: 2 });
    const store = batchSize > 1 ? batcher.store : (input: ArticleKnowledge) => storeArticleKnowledge(db, input);
    const claimOne = async (id: string) => (await claimArticles(db, [id]))[0];
    const claims = createBatcher((batch: string[]) => claimArticles(db, batch), claimOne, { maxSize: batchSize, waitMs: 5, maxInFlight: 2 });
    const claim = batchSize > 1 ? claims.run : claimOne;

    const statements0 = statements;
    const cpu0 = process.cpuUsage();
    const pg0 = await databaseCpu(sql);
    let extractMs = 0;
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < ids.length) {
          const articleId = ids[next++]!;
          const article = (await claim(articleId))!;
          // Extraction runs synchronously: the process's CPU while it runs is its cost.
          const e0 = process.cpuUsage();
          const extraction = extractArticle({ text: article.rawText ?? "", title: article.title, publishedHint: article.publishedAt });
          const e = process.cpuUsage(e0);
          extractMs += (e.user + e.system) / 1000;
          await store(articleKnowledge(article, extraction, EXTRACTOR_VERSION));
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const pgMs = cpuBetween(pg0, await databaseCpu(sql));
    const sent = statements - statements0;
    const [facts] = await sql<[{ entities: number; mentions: number; events: number }]>`
      select (select count(*)::int from entities) as entities,
             (select count(*)::int from mentions where extractor_version <> 'seed') as mentions,
             (select count(*)::int from events where summary not like 'seed event %') as events`;
    const mode = batchSize > 1 ? `batches of up to ${batchSize}` : "one article per transaction";
    const processMs = (cpu.user + cpu.system) / 1000;
    console.log(`  ${mode}: ${(N / seconds).toFixed(0)} articles/s`);
    console.log(
      `    CPU per article: this process ${(processMs / N).toFixed(2)} ms (extraction ${(extractMs / N).toFixed(2)} ms, storing ${((processMs - extractMs) / N).toFixed(2)} ms), ` +
        `Postgres ${(pgMs / N).toFixed(2)} ms; statements per article ${(sent / N).toFixed(1)}`,
    );
    console.log(`    stored: ${facts.entities} entities, ${facts.mentions} mentions, ${facts.events} events`);
  } finally {
    await close();
    await sql.end();
    await testDb.drop();
  }
}

async function main() {
  const texts = loadArticleMix(rootDir);
  const archive = ARCHIVE > 0 ? ` into an archive of ${ARCHIVE}` : "";
  console.log(`store benchmark: ${N} articles${archive}, ${IN_FLIGHT} in flight, ${texts.length} base texts`);
  for (const batchSize of BATCHES) await run(texts, batchSize);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
