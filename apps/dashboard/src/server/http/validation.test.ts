import { articleListQuerySchema, articleSubmissionSchema } from "@marsad/schema";
import { describe, expect, it } from "vitest";
import { HttpError } from "./errors";
import { describeZodError, parseOrThrow } from "./validation";

function fieldErrorOf(input: unknown) {
  const parsed = articleSubmissionSchema.safeParse(input);
  if (parsed.success) throw new Error("expected a validation error");
  return describeZodError(parsed.error);
}

describe("describeZodError", () => {
  it("names a missing or empty text", () => {
    expect(fieldErrorOf({})).toMatchObject({ field: "text" });
    expect(fieldErrorOf({}).message).toMatch(/^text/);
    expect(fieldErrorOf({ text: "   " })).toEqual({ field: "text", message: "text must not be empty" });
  });
  it("prefixes messages that do not name their field", () => {
    const error = fieldErrorOf({ text: "x", title: "t".repeat(1001) });
    expect(error.field).toBe("title");
    expect(error.message).toMatch(/^title: /);
    expect(fieldErrorOf({ text: "x", publishedAt: "yesterday" })).toMatchObject({ field: "publishedAt" });
  });
  it("names unknown fields", () => {
    expect(fieldErrorOf({ text: "x", titel: "typo" })).toEqual({
      field: "titel",
      message: 'unknown field "titel"',
    });
  });
  it("has no field when the body is not an object", () => {
    expect(fieldErrorOf([1, 2]).field).toBeNull();
  });
});

describe("parseOrThrow", () => {
  it("returns parsed data", () => {
    expect(parseOrThrow(articleListQuerySchema, { limit: "5" })).toEqual({ limit: 5, sort: "newest" });
  });
  it("throws a 400 HttpError with the field", () => {
    try {
      parseOrThrow(articleListQuerySchema, { limit: "0" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(400);
      expect((error as HttpError).extra).toEqual({ field: "limit" });
    }
  });
});
