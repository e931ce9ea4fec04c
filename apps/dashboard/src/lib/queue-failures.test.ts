import { describe, expect, it } from "vitest";
import { latestFailurePerArticle } from "./queue-failures";

describe("latestFailurePerArticle", () => {
  it("lists an article that failed in three runs once, with its latest job", () => {
    const rows = latestFailurePerArticle([
      { id: "a-run1", articleId: "a", finishedAt: 100 },
      { id: "b", articleId: "b", finishedAt: 150 },
      { id: "a-run3", articleId: "a", finishedAt: 300 },
      { id: "a-run2", articleId: "a", finishedAt: 200 },
    ]);
    expect(rows.map((r) => [r.id, r.failures])).toEqual([
      ["a-run3", 3],
      ["b", 1],
    ]);
  });

  it("keeps jobs that name no article apart", () => {
    const rows = latestFailurePerArticle([
      { id: "x", articleId: null, finishedAt: 1 },
      { id: "y", articleId: null, finishedAt: 2 },
    ]);
    expect(rows).toHaveLength(2);
  });
});
