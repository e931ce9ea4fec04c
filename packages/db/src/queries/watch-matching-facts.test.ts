import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { insertArticleOnce } from "./articles";
import { articlesFacts } from "./watch-matching";

const handle = useTestDatabase();

describe("articlesFacts", () => {
  it("reads each batch with statements built once, and tells each batch its own articles", async () => {
    const db = handle.db;
    const ids: string[] = [];
    const texts = ["Harbour talks\nTwo admirals met at the harbour of Port Velin.", "Border patrol\nA patrol left the town of Karsk."];
    for (const [i, rawText] of texts.entries()) {
      ids.push((await insertArticleOnce(db, { rawText, contentHash: `facts-test-${i}`, title: `title ${i}` })).article.id);
    }
    const select = vi.spyOn(db, "select");
    try {
      const first = await articlesFacts(db, [ids[0]!]);
      const second = await articlesFacts(db, [ids[1]!, "00000000-0000-4000-8000-000000000000"]);
      const both = await articlesFacts(db, [ids[1]!, ids[0]!]);
      expect(first.map((f) => f.article.title)).toEqual(["title 0"]);
      expect(second.map((f) => f.article.title)).toEqual(["title 1"]);
      expect(both.map((f) => f.article.id)).toEqual([ids[1], ids[0]]);
      // The statements' texts are built once for this pool (at most its four selects), not again per batch.
      expect(select.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      select.mockRestore();
    }
  });
});
