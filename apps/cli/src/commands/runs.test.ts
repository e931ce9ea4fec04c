import { describe, expect, it } from "vitest";
import { formatRuns } from "./runs";

const run = {
  id: "5b0e7c1a-2f4d-4e8b-9a61-3c2d1e0f9a8b",
  extractorVersion: "0.2.0",
  kind: "reprocess" as const,
  scope: "outdated",
  requestedAt: new Date("2026-03-01T10:00:00Z"),
  finishedAt: null,
  articleCount: 5,
};

describe("formatRuns", () => {
  it("shows each run's progress from its article statuses and whether it finished", () => {
    const running = formatRuns([{ ...run, progress: { queued: 2, processing: 1, done: 1, failed: 1 }, finished: false }]);
    expect(running).toBe(
      `${run.id}  reprocess/outdated  extractor 0.2.0  requested 2026-03-01T10:00:00.000Z  2/5 settled (queued 2, processing 1, done 1, failed 1)  running`,
    );
    const done = formatRuns([
      { ...run, finishedAt: new Date("2026-03-01T10:05:00Z"), progress: { queued: 0, processing: 0, done: 5, failed: 0 }, finished: true },
    ]);
    expect(done).toMatch(/5\/5 settled .* finished 2026-03-01T10:05:00.000Z$/);
    expect(formatRuns([])).toBe("no extraction runs yet");
  });
});
