import { getArticle } from "@marsad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceHarness, type ServiceHarness } from "../testing/service-harness";
import { contentHash } from "./content-hash";
import { submitBatch } from "./submit-batch";

let h: ServiceHarness;

beforeAll(async () => {
  h = await startServiceHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe("contentHash", () => {
  it("is the same for the same text whatever its whitespace", () => {
    expect(contentHash("وزير  الدفاع\r\nيستقبل ")).toBe(contentHash("وزير الدفاع يستقبل"));
    expect(contentHash("وزير الدفاع")).not.toBe(contentHash("وزير الخارجية"));
  });
});

describe("submitBatch", () => {
  it("gives one result per item: created, duplicate or rejected with the reason", async () => {
    const results = await submitBatch({ db: h.db, queue: h.queue }, [
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "المقال الثاني عن تمرين بحري", source: "وكالة", publishedAt: "2026-03-01" },
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "" },
      { title: "بلا نص" },
      { text: "نص", colour: "red" },
      "not an object",
    ]);
    expect(results.map((r) => r.result)).toEqual(["created", "created", "duplicate", "rejected", "rejected", "rejected", "rejected"]);
    const [first, , dup, empty, noText, unknown] = results;
    expect(dup).toMatchObject({ id: first!.result === "created" ? first!.id : "" });
    expect(empty).toMatchObject({ field: "text", reason: expect.stringMatching(/empty/) });
    expect(noText).toMatchObject({ field: "text", reason: expect.stringMatching(/required/) });
    expect(unknown).toMatchObject({ reason: expect.stringMatching(/colour/) });
    const second = results[1]!;
    if (second.result !== "created") throw new Error("expected created");
    expect(await getArticle(h.db, second.id)).toMatchObject({ source: "وكالة", publishedAt: "2026-03-01", status: "queued" });
    const counts = await h.queue.getJobCounts("waiting");
    expect(counts.waiting).toBe(2);
  });
});
