import { createHash, randomBytes } from "node:crypto";

/**
 * Session cookies and API tokens are 256 random bits. Only their SHA-256 is stored: with that much
 * entropy a fast hash is enough (nothing to brute-force), and lookups stay a primary-key read.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newSecretToken(kind: "session" | "api"): { token: string; hash: string } {
  // The API token's prefix lets secret scanners and people recognise it.
  const token = `${kind === "api" ? "marsad_" : ""}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashSecretToken(token) };
}
