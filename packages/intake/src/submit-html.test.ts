import { getArticle } from "@marsad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIntakeHarness, type IntakeHarness } from "./testing/intake-harness";
import { submitHtmlPage, UnreadableUploadError } from "./submit-html";

let h: IntakeHarness;

beforeAll(async () => {
  h = await startIntakeHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** windows-1256 bytes of a string, from the decoder's own table (Node ships no encoder). */
function cp1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

// Invented text for the test.
const PARAGRAPH =
  "أعلنت قيادة القوات البحرية في جمهورية الواحة عن بدء مناورات مشتركة في المياه الإقليمية بمشاركة وحدات من خفر السواحل، " +
  "وذلك لرفع الجاهزية القتالية وتبادل الخبرات في مجال البحث والإنقاذ وتأمين خطوط الملاحة الدولية.";
const page = (charset: string) =>
  `<!doctype html><html lang="ar"><head><meta charset="${charset}"><title>مناورات بحرية</title>` +
  `<meta property="og:site_name" content="صحيفة المثال"><meta property="article:published_time" content="2026-03-05T08:00:00Z">` +
  `<script>window.tracker = 1</script></head><body><nav>الرئيسية | رياضة | اقتصاد</nav><article><h1>مناورات بحرية</h1>` +
  `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article><aside>إعلان</aside></body></html>`;

describe("submitHtmlPage", () => {
  it("reads a windows-1256 page into an article with its metadata, without the scripts and menus", async () => {
    const result = await submitHtmlPage({ db: h.db, queue: h.queue }, cp1256(page("windows-1256")));
    expect(result.created).toBe(true);
    const article = await getArticle(h.db, result.id);
    expect(article?.rawText).toContain("القوات البحرية في جمهورية الواحة");
    expect(article?.rawText).not.toContain("tracker");
    expect(article?.rawText).not.toContain("رياضة");
    expect(article).toMatchObject({ title: "مناورات بحرية", source: "صحيفة المثال", publishedAt: "2026-03-05", publishedSource: "page" });
    expect((await h.queue.getJob(result.id))?.data).toEqual({ articleId: result.id });
  });

  it("finds the same page uploaded again (UTF-8 this time) as a duplicate", async () => {
    const again = await submitHtmlPage({ db: h.db, queue: h.queue }, new TextEncoder().encode(page("utf-8")));
    expect(again.created).toBe(false);
  });

  it("refuses binary files and pages without an article, saying why", async () => {
    await expect(submitHtmlPage({ db: h.db, queue: h.queue }, Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0))).rejects.toThrow(
      new UnreadableUploadError("binary content (NUL bytes), not an HTML page"),
    );
    await expect(submitHtmlPage({ db: h.db, queue: h.queue }, new TextEncoder().encode("<html><head><title></title></head><body><script>1</script></body></html>"))).rejects.toBeInstanceOf(
      UnreadableUploadError,
    );
  });
});
