import { decodeBody } from "@marsad/fetcher";
import { articleFromHtml, UnreadablePageError } from "@marsad/reader";
import { articleSubmissionSchema } from "@marsad/schema";
import type { IntakeDeps } from "./deps";
import { submitArticle, type SubmitResult } from "./submit-article";

/** An uploaded page that holds no article, or is not a page at all. */
export class UnreadableUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableUploadError";
  }
}

/**
 * Submits a saved HTML page (an upload: nothing is fetched). The bytes are decoded by the page's
 * declared charset, so windows-1256 and ISO-8859-6 pages read like UTF-8 ones; the article is read
 * out of the page with Readability and its metadata, then stored like any submission.
 */
export async function submitHtmlPage(deps: IntakeDeps, page: Uint8Array): Promise<SubmitResult> {
  if (page.includes(0)) throw new UnreadableUploadError("binary content (NUL bytes), not an HTML page");
  let article;
  try {
    article = articleFromHtml(decodeBody("text/html", page));
  } catch (error) {
    if (error instanceof UnreadablePageError) throw new UnreadableUploadError(error.message);
    throw error;
  }
  const submission = articleSubmissionSchema.safeParse(article);
  if (!submission.success) {
    const issue = submission.error.issues[0];
    throw new UnreadableUploadError(`the article read from the page is not accepted: ${issue?.path.join(".")} ${issue?.message}`);
  }
  return submitArticle(deps, submission.data, "page");
}
