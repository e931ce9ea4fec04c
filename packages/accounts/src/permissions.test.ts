import { describe, expect, it } from "vitest";
import { may, OPEN_ACCESS, refusal, roleNeeded, sessionRefusal, type Access } from "./permissions";

const as = (role: "viewer" | "editor" | "admin", via: "session" | "token" = "session"): Access => ({
  kind: "user",
  principal: { userId: "00000000-0000-0000-0000-000000000001", username: role, role },
  via,
});

describe("permissions", () => {
  it("give each role what the roles before it have, and more", () => {
    expect(may(as("viewer"), "read")).toBe(true);
    expect(may(as("viewer"), "submit")).toBe(false);
    expect(may(as("editor"), "correct")).toBe(true);
    expect(may(as("editor"), "manageFeeds")).toBe(false);
    expect(may(as("admin"), "manageUsers")).toBe(true);
    expect(roleNeeded("reprocess")).toBe("admin");
  });

  it("allow everything in open (development, no user) access and nothing to an anonymous caller", () => {
    expect(may(OPEN_ACCESS, "manageUsers")).toBe(true);
    expect(may({ kind: "anonymous", reason: "signInRequired" }, "read")).toBe(false);
  });

  it("refuse with the status and the reason a person can act on", () => {
    expect(refusal(as("viewer"), "read")).toBeNull();
    expect(refusal({ kind: "anonymous", reason: "noUsers" }, "read")).toMatchObject({ status: 503 });
    expect(refusal({ kind: "anonymous", reason: "invalidToken" }, "read")).toMatchObject({ status: 401 });
    expect(refusal({ kind: "anonymous", reason: "signInRequired" }, "read")?.status).toBe(401);
    expect(refusal(as("editor"), "manageQueue")).toEqual({
      status: 403,
      message: "this needs the admin role; you are editor",
    });
  });

  it("keep account management to signed-in sessions, never API tokens", () => {
    expect(sessionRefusal(as("admin", "token"))).toMatch(/signed-in session/);
    expect(sessionRefusal(as("admin", "session"))).toBeNull();
    expect(sessionRefusal(OPEN_ACCESS)).toBeNull();
  });
});
