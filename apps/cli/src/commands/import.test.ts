import { randomBytes } from "node:crypto";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, getArticle, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatImportSummary, importPaths } from "./import";

const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  queue = createArticlesQueue(redis, { prefix });
  dir = await mkdtemp(path.join(tmpdir(), "marsad-import-"));
  await mkdir(path.join(dir, "nested"));
  await writeFile(path.join(dir, "one.txt"), "اجتماع عسكري\nالتقى رئيس الأركان وفداً عسكرياً لبحث التعاون في مجال التدريب.");
  await writeFile(path.join(dir, "nested", "two.md"), "# Naval talks\nTwo navies agreed on a joint exercise in the Red Sea.");
  await writeFile(
    path.join(dir, "nested", "page.html"),
    `<html lang="ar"><head><meta property="og:title" content="مناورات مشتركة"></head><body><article><p>انطلقت اليوم مناورات عسكرية مشتركة بين قوات البلدين بمشاركة وحدات برية وبحرية وجوية، وتستمر أسبوعاً كاملاً.</p></article></body></html>`,
  );
  // The same text as one.txt (whitespace aside): whichever comes second is a duplicate.
  await writeFile(path.join(dir, "copy.txt"), "اجتماع عسكري\nالتقى رئيس الأركان وفداً عسكرياً لبحث التعاون في مجال التدريب.\n");
  await writeFile(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await writeFile(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
  await writeFile(path.join(dir, "empty.txt"), "   \n  ");
  await writeFile(path.join(dir, "notes.pdf"), "%PDF-1.4");
}, 60_000);

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("marsad import", () => {
  it("stores and queues article files, reports duplicates and rejects with reasons", async () => {
    const progress: Array<[number, number]> = [];
    const summary = await importPaths(
      { db: handle.db, queue },
      [dir, path.join(dir, "missing.txt"), "https://news.example/story/1"],
      (d, t) => progress.push([d, t]),
    );
    expect(summary.queued).toContain("https://news.example/story/1");
    expect(summary.queued.filter((f) => !f.startsWith("http")).map((f) => path.relative(dir, f)).sort()).toEqual(
      ["copy.txt", "nested/page.html", "nested/two.md"].sort(),
    );
    expect(summary.duplicates.map((d) => path.basename(d.file))).toEqual(["one.txt"]);
    const reasons = Object.fromEntries(summary.rejected.map((r) => [path.basename(r.file), r.reason]));
    expect(reasons["image.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["missing.txt"]).toMatch(/no such file/);
    expect(progress.at(-1)).toEqual([8, 8]);

    const counts = await queue.getJobCounts("waiting", "delayed", "active");
    expect((counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0)).toBe(4);
    const dup = summary.duplicates[0]!;
    expect((await getArticle(handle.db, dup.id))?.rawText).toContain("رئيس الأركان");
    expect(formatImportSummary(summary)).toMatch(/^queued: 4 {3}duplicates: 1 {3}rejected: 4/);
  });
});

/**
 * Bad input through the CLI, table-driven like the REST and tRPC tables
 * (apps/dashboard/src/app/api/v1/bad-input.test.ts, packages/api/src/router/bad-input.test.ts):
 * each is rejected with a reason naming the field, and nothing of it is stored.
 */
describe("marsad import with bad input", () => {
  const CASES: Array<{ name: string; arg: string; reason: RegExp }> = [
    { name: "a URL holding NUL", arg: "https://news.example/a\u0000b", reason: /^url: .*NUL/ },
    { name: "a URL that is not http(s)", arg: "https://", reason: /^url\b/ },
  ];
  for (const c of CASES) {
    it(`${c.name} → rejected, naming the field`, async () => {
      const summary = await importPaths({ db: handle.db, queue }, [c.arg]);
      expect(summary.queued).toEqual([]);
      expect(summary.rejected).toEqual([{ file: c.arg, reason: expect.stringMatching(c.reason) as unknown }]);
    });
  }

  it("a saved page whose title holds a right-to-left override is stored without it", async () => {
    const file = path.join(dir, "override.html");
    await writeFile(
      file,
      `<html lang="ar"><head><meta property="og:title" content="\u202Eعنوان مقلوب\u202C"></head><body><article><p>نص مقال تجريبي طويل بما يكفي ليقرأه القارئ ويحفظه كما هو دون أي تغيير في محتواه الأصلي.</p></article></body></html>`,
    );
    const summary = await importPaths({ db: handle.db, queue }, [file]);
    expect(summary.queued).toEqual([file]);
    const stored = await handle.db.query.articles.findFirst({ where: (a, { eq }) => eq(a.title, "عنوان مقلوب") });
    expect(stored).toBeDefined();
  });
});
