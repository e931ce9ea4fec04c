import { describe, expect, it } from "vitest";
import { userMessage } from "./error-message";

describe("userMessage", () => {
  it("shows client errors as they are", () => {
    expect(userMessage({ message: "text must not be empty", data: { httpStatus: 400 } })).toBe(
      "text must not be empty",
    );
  });
  it("hides server internals", () => {
    const message = userMessage({
      message: 'Failed query: insert into "articles"…',
      data: { httpStatus: 500 },
    });
    expect(message).not.toMatch(/insert/);
    expect(userMessage({ message: "Failed to fetch" })).toMatch(/could not be reached/);
  });
});
