import { InvalidCursorError } from "@marsad/db";
import { describe, expect, it, vi } from "vitest";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  HttpError,
  isDatabaseUnavailable,
  jsonResponse,
  toErrorResponse,
} from "./errors";

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures, however deeply wrapped", () => {
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("CONNECT_TIMEOUT"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: withCode("57P03") }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode("ECONNREFUSED")], "connect"))).toBe(true);
  });
  it("does not mistake query errors for an outage", () => {
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("toErrorResponse", () => {
  it("maps an HttpError to its status and body", async () => {
    const response = toErrorResponse(new HttpError(400, "text: must not be empty", { field: "text" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "text: must not be empty", field: "text" });
  });
  it("maps a bad cursor to 400 naming the cursor", async () => {
    const response = toErrorResponse(new InvalidCursorError());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: "cursor" });
  });
  it("maps an unreachable database to 503 with a clear message", async () => {
    const response = toErrorResponse(new Error("Failed query", { cause: withCode("ECONNREFUSED") }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
  });
  it("hides unexpected errors behind a 500 and logs them", async () => {
    const logger = { error: vi.fn() };
    const response = toErrorResponse(new Error("secret detail"), logger);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "internal error" });
    expect(logger.error).toHaveBeenCalledOnce();
  });
});

describe("jsonResponse", () => {
  it("sends bigints as strings and dates as ISO strings", async () => {
    const response = jsonResponse(200, { simhash: 2n ** 63n - 1n, at: new Date("2026-01-11T10:00:00Z") });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ simhash: "9223372036854775807", at: "2026-01-11T10:00:00.000Z" });
  });
});
