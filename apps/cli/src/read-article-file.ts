import { readFile } from "node:fs/promises";
import path from "node:path";
import { articleFromHtml, UnreadablePageError, type HtmlArticle } from "@marsad/reader";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** An article read from a file, or why the file cannot be one. */
export type ArticleFile =
  | ({ ok: true } & HtmlArticle)
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
      return { ok: true, ...articleFromHtml(content) };
    } catch (error) {
      if (error instanceof UnreadablePageError) return { ok: false, reason: error.message };
      throw error;
    }
  }
  return { ok: true, text: content };
}
