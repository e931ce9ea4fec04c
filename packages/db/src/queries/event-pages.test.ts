import { eventArticles, events } from "@marsad/schema/tables";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { insertArticleOnce } from "./articles";
import { InvalidCursorError } from "./cursor-time";
import { listEvents } from "./events";

const handle = useTestDatabase();

describe("listEvents pages", () => {
  it("walks every event once with its cursor, dated ones first, and lists each event's articles on request", async () => {
    const { article } = await insertArticleOnce(handle.db, { contentHash: "event-pages", rawText: "نص" });
    // 7 dated events (two on one day) and 3 undated ones, more than one page of 3.
    const days = ["2031-01-05", "2031-01-05", "2031-01-04", "2031-01-03", "2031-01-02", "2031-01-01", "2030-12-31", null, null, null];
    const rows = await handle.db
      .insert(events)
      .values(days.map((date, i) => ({ type: "meeting" as const, date, anchorDate: date ?? "2031-02-01", summary: `حدث ${i}`, articleCount: 1 })))
      .returning({ id: events.id });
    await handle.db.insert(eventArticles).values(rows.map((r, i) => ({ eventId: r.id, articleId: article.id, ordinal: i, extractorVersion: "t" })));

    const seen: Array<{ id: string; date: string | null; articleIds?: string[] | undefined }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listEvents(handle.db, { limit: 3, cursor, include: "articleIds" });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(new Set(seen.map((e) => e.id)).size).toBe(10);
    const dates = seen.map((e) => e.date);
    expect(dates.slice(0, 7)).toEqual([...dates.slice(0, 7)].sort().reverse());
    expect(dates.slice(7)).toEqual([null, null, null]);
    for (const e of seen) expect(e.articleIds).toEqual([article.id]);

    const plain = await listEvents(handle.db, { limit: 2 });
    expect(plain.items[0]).not.toHaveProperty("articleIds");
    await expect(listEvents(handle.db, { limit: 2, cursor: "not-a-cursor" })).rejects.toThrow(InvalidCursorError);
  });
});
