import { articleSubmissionSchema, createUserSchema, feedRegistrationSchema } from "@marsad/schema/zod";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { firstFieldError } from "./field-error";

function errorOf(schema: ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("the input was accepted");
  return firstFieldError(parsed.error);
}

describe("firstFieldError", () => {
  it("names a string's lower bound", () => {
    expect(errorOf(createUserSchema, { username: "a", password: "a long enough password" })).toMatchObject({
      path: "username",
      code: "too_small",
      origin: "string",
      limit: 2,
    });
  });

  it("names a string's upper bound", () => {
    expect(errorOf(articleSubmissionSchema, { text: "x", title: "t".repeat(1001) })).toMatchObject({
      path: "title",
      code: "too_big",
      origin: "string",
      limit: 1000,
    });
  });

  it("names the format a link must have, beside zod's English message", () => {
    const error = errorOf(articleSubmissionSchema, { url: "not a link" });
    expect(error).toMatchObject({ path: "url", code: "invalid_format", format: "url" });
    expect(error?.message).toMatch(/url/);
  });

  it("passes a refinement on as custom, with its message", () => {
    expect(errorOf(articleSubmissionSchema, {})).toMatchObject({ path: "text", code: "custom" });
  });

  it("says an unknown field is one", () => {
    expect(errorOf(feedRegistrationSchema, { url: "https://example.org/feed", intervalMinutes: 30, extra: 1 })).toMatchObject({
      code: "unrecognized_keys",
    });
  });
});
