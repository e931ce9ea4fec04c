import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { hashSecretToken, newSecretToken } from "./secret-token";

describe("password hashing", () => {
  it("verifies the password it hashed and no other, with a fresh salt each time", async () => {
    const a = await hashPassword("كلمة سر طويلة");
    const b = await hashPassword("كلمة سر طويلة");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("كلمة سر طويلة", a)).toBe(true);
    expect(await verifyPassword("كلمة سر طويله", a)).toBe(false);
  });

  it("treats a composed and a decomposed spelling of the same password as one (NFC)", async () => {
    const stored = await hashPassword("caf\u00e9-password");
    expect(await verifyPassword("cafe\u0301-password", stored)).toBe(true);
  });

  it("answers false, not an exception, for a malformed or foreign hash", async () => {
    for (const stored of ["", "bcrypt$x$y", "scrypt$0$8$1$c2FsdA$a2V5", "scrypt$abc$8$1$c2FsdA$a2V5", "scrypt$32768$8$1$$"])
      expect(await verifyPassword("anything", stored)).toBe(false);
  });
});

describe("secret tokens", () => {
  it("are random, API tokens carry the marsad_ prefix, and only the hash of the token is returned beside it", () => {
    const api = newSecretToken("api");
    const session = newSecretToken("session");
    expect(api.token).toMatch(/^marsad_[A-Za-z0-9_-]{43}$/);
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(api.hash).toBe(hashSecretToken(api.token));
    expect(api.hash).not.toContain(api.token);
    expect(newSecretToken("api").token).not.toBe(api.token);
  });
});
