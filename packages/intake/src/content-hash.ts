import { createHash } from "node:crypto";

/**
 * Identity of an article's text for de-duplication: Unicode NFC, line endings and runs of
 * whitespace collapsed, so the same article pasted twice (or re-saved by an editor) is one article.
 */
export function contentHash(text: string): string {
  const canonical = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
