import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBatcher } from "./batcher";

/** A batch function whose batches finish when the test says, recording their sizes. */
function heldBatches() {
  const sizes: number[] = [];
  const finish: Array<() => void> = [];
  const batch = (items: number[]) => {
    sizes.push(items.length);
    return new Promise<number[]>((resolve) => finish.push(() => resolve(items)));
  };
  return { sizes, batch, finishOldest: () => finish.shift()?.() };
}

describe("batcher", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const alone = (n: number) => Promise.resolve(n);

  it("sends what arrived during a batch as soon as it finishes, by default", async () => {
    const held = heldBatches();
    const batcher = createBatcher(held.batch, alone, { maxSize: 10, waitMs: 100, maxInFlight: 1 });
    void batcher.run(1);
    await vi.advanceTimersByTimeAsync(100);
    void batcher.run(2);
    void batcher.run(3);
    held.finishOldest();
    await vi.advanceTimersByTimeAsync(1);
    expect(held.sizes).toEqual([1, 2]);
  });

  it("lets patient batches wait out their time after a batch finishes, gathering the late arrivals too", async () => {
    const held = heldBatches();
    const batcher = createBatcher(held.batch, alone, { maxSize: 10, waitMs: 5, maxInFlight: 1, patience: { waitMs: 100, while: () => true } });
    void batcher.run(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(held.sizes).toEqual([1]);
    void batcher.run(2); // its timer starts now
    void batcher.run(3);
    held.finishOldest();
    await vi.advanceTimersByTimeAsync(50);
    expect(held.sizes).toEqual([1]);
    void batcher.run(4);
    await vi.advanceTimersByTimeAsync(50);
    expect(held.sizes).toEqual([1, 3]);
  });

  it("sends patient items whose time ran out while every slot was busy as soon as one frees", async () => {
    const held = heldBatches();
    const batcher = createBatcher(held.batch, alone, { maxSize: 10, waitMs: 5, maxInFlight: 1, patience: { waitMs: 100, while: () => true } });
    const first = batcher.run(1);
    await vi.advanceTimersByTimeAsync(100);
    const second = batcher.run(2);
    await vi.advanceTimersByTimeAsync(300); // the batch of 1 is still running
    expect(held.sizes).toEqual([1]);
    held.finishOldest();
    await vi.advanceTimersByTimeAsync(0);
    expect(held.sizes).toEqual([1, 1]);
    held.finishOldest();
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
  });

  it("stops being patient when told that no more items are coming", async () => {
    const held = heldBatches();
    let coming = true;
    const batcher = createBatcher(held.batch, alone, {
      maxSize: 10,
      waitMs: 5,
      maxInFlight: 1,
      patience: { waitMs: 100, while: () => coming },
    });
    void batcher.run(1);
    void batcher.run(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(held.sizes).toEqual([]);
    coming = false;
    batcher.nudge();
    await vi.advanceTimersByTimeAsync(5);
    expect(held.sizes).toEqual([2]);
    void batcher.run(3); // nothing is coming: the usual wait
    held.finishOldest();
    await vi.advanceTimersByTimeAsync(5);
    expect(held.sizes).toEqual([2, 1]);
  });

  it("sends a full batch without waiting, patient or not", async () => {
    const held = heldBatches();
    const batcher = createBatcher(held.batch, alone, { maxSize: 3, waitMs: 5, maxInFlight: 2, patience: { waitMs: 100, while: () => true } });
    for (const n of [1, 2, 3]) void batcher.run(n);
    await vi.advanceTimersByTimeAsync(0);
    expect(held.sizes).toEqual([3]);
  });
});
