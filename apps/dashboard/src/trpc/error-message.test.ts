import { describe, expect, it } from "vitest";
import { userMessageKey } from "./error-message";

describe("userMessageKey", () => {
  it("names a client error's kind and keeps its own explanation", () => {
    expect(userMessageKey({ message: "text must not be empty", data: { httpStatus: 400, code: "BAD_REQUEST" } })).toEqual({
      key: "errors.badRequest",
      detail: "text must not be empty",
    });
    expect(userMessageKey({ message: "no such event", data: { httpStatus: 404, code: "NOT_FOUND" } }).key).toBe("errors.notFound");
    expect(userMessageKey({ message: "x", data: { httpStatus: 418, code: "I_AM_NEW" } }).key).toBe("errors.badRequest");
  });
  it("hides server internals", () => {
    const result = userMessageKey({
      message: 'Failed query: insert into "articles"…',
      data: { httpStatus: 500, code: "INTERNAL_SERVER_ERROR" },
    });
    expect(result).toEqual({ key: "errors.serverFailed", detail: null });
    expect(userMessageKey({ message: "Failed to fetch" })).toEqual({ key: "errors.unreachable", detail: null });
  });
});
