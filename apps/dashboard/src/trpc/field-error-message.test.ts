import { describe, expect, it } from "vitest";
import { fieldErrorMessage, fieldNameKey } from "./field-error-message";

describe("fieldErrorMessage", () => {
  it("reads a length bound of a text as characters", () => {
    expect(fieldErrorMessage({ path: "username", message: "username must be at least 2 characters", code: "too_small", origin: "string", limit: 2 })).toEqual({
      key: "errors.field.tooShort",
      values: { characters: 2 },
      detail: null,
    });
    expect(fieldErrorMessage({ path: "title", message: "must be at most 1000 characters", code: "too_big", origin: "string", limit: 1000 }).key).toBe("errors.field.tooLong");
  });

  it("calls a text that must hold one character empty", () => {
    expect(fieldErrorMessage({ path: "name", message: "Too small", code: "too_small", origin: "string", limit: 1 }).key).toBe("errors.field.empty");
  });

  it("names a link's format, and any other format as such", () => {
    expect(fieldErrorMessage({ path: "url", message: "url must be an http(s) URL", code: "invalid_format", format: "url" }).key).toBe("errors.field.url");
    expect(fieldErrorMessage({ path: "publishedAt", message: "must be a date such as 2026-01-11", code: "invalid_format", format: "regex" }).key).toBe("errors.field.format");
  });

  it("keeps the English explanation of a check it has no code for", () => {
    expect(fieldErrorMessage({ path: "text", message: "text must not be empty", code: "custom" })).toEqual({
      key: "errors.field.invalid",
      detail: "text must not be empty",
    });
    expect(fieldErrorMessage({ path: "text", message: "from an older server" }).detail).toBe("from an older server");
  });

  it("names the fields the forms send, and no others", () => {
    expect(fieldNameKey("url")).toBe("errors.fields.url");
    expect(fieldNameKey("rules.0.query")).toBeNull();
  });
});
