import { readFile } from "node:fs/promises";
import path from "node:path";
import { readHtml, UnreadablePageError } from "@marsad/reader";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** An article read from a file, or why the file cannot be one. */
export type ArticleFile =
  | { ok: true; text: string; title?: string; source?: string; publishedAt?: string }
  | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a .txt/.md/.html file as article text; binary or non-UTF-8 content is refused with a reason. */
export async function readArticleFile(file: string): Promise<ArticleFile> {
  const bytes = await readFile(file);
  if (bytes.includes(0)) return { ok: false, reason: "binary content (NUL bytes), not a text file" };
  let content: string;
  try {
    content = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
  if (content.trim() === "") return { ok: false, reason: "empty file" };
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") {
    try {
      const page = readHtml(content);
      return {
        ok: true,
        text: page.title && !page.text.startsWith(page.title) ? `${page.title}\n${page.text}` : page.text,
        ...(page.title ? { title: page.title } : {}),
        ...(page.siteName ? { source: page.siteName } : {}),
        ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
      };
    } catch (error) {
      if (error instanceof UnreadablePageError) return { ok: false, reason: error.message };
      throw error;
    }
  }
  return { ok: true, text: content };
}
