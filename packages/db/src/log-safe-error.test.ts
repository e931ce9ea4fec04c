import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { logSafeError } from "./log-safe-error";

describe("logSafeError", () => {
  it("keeps what failed and drops the values it failed on", () => {
    const article = "نص المقال كاملا ".repeat(500);
    const cause = Object.assign(new Error("invalid byte sequence for encoding \"UTF8\": 0x00"), {
      code: "22021",
      parameters: [article, "a\u0000b"],
    });
    const error = new DrizzleQueryError("insert into articles (raw_text, title) values ($1, $2)", [article, "a\u0000b"], cause);
    const logged = JSON.stringify(logSafeError(error));
    expect(logged).not.toContain("نص المقال");
    expect(logged).toContain("insert into articles");
    expect(logged).toContain("22021");
    expect(logged).toContain(`string(${article.length} chars)`);
    const stack = (logSafeError(error) as { stack: string }).stack;
    expect(stack).toMatch(/params: \(not logged\)\n\s+at /);
  });
});
