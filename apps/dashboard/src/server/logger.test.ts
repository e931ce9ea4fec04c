import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { toErrorResponse } from "./http/errors";
import { createLogger } from "./logger";

describe("the dashboard's error log", () => {
  it("names the failed query but not the article text it carried", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const article = "مقال سري كامل النص ".repeat(200);
    const error = new DrizzleQueryError("insert into articles (raw_text) values ($1)", [article], new Error("boom"));
    const response = toErrorResponse(error, createLogger("error", sink));
    expect(response.status).toBe(500);
    await new Promise((r) => setImmediate(r));
    const logged = lines.join("");
    expect(logged).toContain("insert into articles");
    expect(logged).not.toContain("مقال سري");
    expect(await response.json()).toEqual({ error: "internal error" });
  });
});
