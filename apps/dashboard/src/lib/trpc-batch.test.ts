import { describe, expect, it } from "vitest";
import { MAX_TRPC_BATCH, trpcCallCount } from "./trpc-batch";

describe("trpcCallCount", () => {
  it("counts the procedures of a batch, whether commas are encoded or not", () => {
    expect(trpcCallCount(new Request("http://t/api/trpc/articles.list"))).toBe(1);
    expect(trpcCallCount(new Request("http://t/api/trpc/a.x,b.y,c.z?batch=1"))).toBe(3);
    expect(trpcCallCount(new Request("http://t/api/trpc/a.x%2Cb.y?batch=1"))).toBe(2);
    const many = Array.from({ length: MAX_TRPC_BATCH + 1 }, () => "overview.stats").join(",");
    expect(trpcCallCount(new Request(`http://t/api/trpc/${many}?batch=1`))).toBeGreaterThan(MAX_TRPC_BATCH);
  });
});
