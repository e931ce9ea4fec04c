/**
 * `pnpm bench:store [N]`: what storing one article costs, and who pays. Stores N distinct realistic
 * articles already in Postgres the way the worker does (claim, extract, store the knowledge), with
 * 8 in flight and no Redis or HTTP in the way, then prints articles/s and the CPU time per article
 * spent in this process (extraction and the database client) and in Postgres (every `postgres`
 * process on this machine, so run it against a local server). `BENCH_ARCHIVE=100000` first fills
 * the database with that many processed articles.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { claimArticle, createDb, insertArticleOnce } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { extractArticle, EXTRACTOR_VERSION } from "@marsad/extract";
import { articleKnowledge, storeArticleKnowledge } from "@marsad/knowledge";
import postgres from "postgres";
import { loadArticleMix, variant } from "./article-mix";
import { seedAtScale } from "./seed-scale";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 1000);
const ARCHIVE = Number(process.env.BENCH_ARCHIVE ?? 0);
const IN_FLIGHT = 8;
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString());

/** CPU milliseconds used so far by every Postgres process of this machine (/proc). */
function postgresCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (!/^(postgres|postmaster)$/.test(stat.slice(stat.indexOf("(") + 1, close))) continue;
      const fields = stat.slice(close + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended while we read
    }
  }
  return ticks * TICK_MS;
}

async function main() {
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const sql = postgres(testDb.url, { max: 2, onnotice: () => {} });
  const { db, close } = createDb(testDb.url, { max: IN_FLIGHT + 2 });
  try {
    const texts = loadArticleMix(rootDir);
    if (ARCHIVE > 0) await seedAtScale(sql, texts, ARCHIVE);
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const text = variant(texts, i);
      const contentHash = createHash("sha256").update(text).digest("hex");
      ids.push((await insertArticleOnce(db, { rawText: text, contentHash })).article.id);
    }

    const cpu0 = process.cpuUsage();
    const pg0 = postgresCpuMs();
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < ids.length) {
          const articleId = ids[next++]!;
          const article = (await claimArticle(db, articleId))!;
          const extraction = extractArticle({ text: article.rawText ?? "", title: article.title, publishedHint: article.publishedAt });
          await storeArticleKnowledge(db, articleKnowledge(article, extraction, EXTRACTOR_VERSION));
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const pgMs = postgresCpuMs() - pg0;

    const archive = ARCHIVE > 0 ? ` into an archive of ${ARCHIVE}` : "";
    console.log(`store benchmark: ${N} articles${archive}, ${IN_FLIGHT} in flight, ${texts.length} base texts`);
    console.log(`  stored: ${(N / seconds).toFixed(0)} articles/s`);
    console.log(`  CPU per article: this process ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms, Postgres ${(pgMs / N).toFixed(2)} ms`);
  } finally {
    await close();
    await sql.end();
    await testDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
