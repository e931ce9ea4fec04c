/**
 * Submits articles to a running Marsad and waits for their extraction.
 *
 *   MARSAD_API_URL=http://localhost:3000 MARSAD_API_TOKEN=marsad_… npx tsx submit-and-wait.ts [FILE.txt …]
 *
 * With no files it submits one short made-up article. Every request body is checked with the
 * package's zod schema before it is sent, and every answer is parsed with the response schemas,
 * so a change of the API's shape fails loudly here rather than somewhere downstream.
 */
import { readFile } from "node:fs/promises";
import {
  articleResponseSchema,
  articleSubmissionSchema,
  errorResponseSchema,
  submitResponseSchema,
  type ArticleResponse,
  type ArticleSubmission,
} from "@marsad/schema/zod";

const API = process.env.MARSAD_API_URL ?? "http://localhost:3000";
const TIMEOUT_MS = Number(process.env.MARSAD_WAIT_MS ?? 120_000);
const TOKEN = process.env.MARSAD_API_TOKEN;
if (!TOKEN) {
  console.error("set MARSAD_API_TOKEN: make one on the dashboard's account page or with `pnpm marsad users token NAME --name examples`");
  process.exit(2);
}
// Every call acts as the token's user (an editor or admin can submit).
const auth = { authorization: `Bearer ${TOKEN}` };

const SAMPLE: ArticleSubmission = {
  title: "قائد قوات الدفاع الساحلي يزور ميناء الريح",
  source: "نشرة المثال",
  publishedAt: "2026-03-02",
  text:
    "زار الفريق بحري منصور العاقل، قائد قوات الدفاع الساحلي في جمهورية المثال، ميناء الريح يوم الأحد، " +
    "حيث التقى العميد ياسر الناصح مدير الميناء. وبحث الجانبان تأمين الممرات البحرية وتبادل الخبرات " +
    `في مجال الإنقاذ. (مرجع ${Date.now()})`,
};

async function submit(article: ArticleSubmission): Promise<string> {
  const body = articleSubmissionSchema.parse(article);
  const response = await fetch(`${API}/api/v1/articles`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`submit refused (${response.status}): ${errorResponseSchema.parse(json).error}`);
  const result = submitResponseSchema.parse(json);
  console.log(`${result.duplicate ? "already stored" : "queued"}: ${result.id}`);
  return result.id;
}

async function waitUntilProcessed(id: string): Promise<ArticleResponse> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(`${API}/api/v1/articles/${id}`, { headers: auth });
    if (!response.ok) throw new Error(`GET article ${id} answered ${response.status}`);
    const article = articleResponseSchema.parse(await response.json());
    if (article.status === "done" || article.status === "failed") return article;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`article ${id} was not processed within ${TIMEOUT_MS} ms`);
}

function describe(article: ArticleResponse): string {
  if (article.status === "failed") return `failed: ${article.error ?? "unknown error"}`;
  const x = article.extraction;
  if (!x) return "done, without an extraction";
  const people = x.persons.map((p) => [p.rank, p.name].filter(Boolean).join(" ")).join("، ");
  const events = x.events.map((e) => `${e.type}${e.date ? ` ${e.date}` : ""}${e.location ? ` @ ${e.location}` : ""}`);
  return [`language ${article.language}`, `people: ${people || "none"}`, `events: ${events.join("; ") || "none"}`].join("\n  ");
}

const files = process.argv.slice(2);
const articles: ArticleSubmission[] = files.length
  ? await Promise.all(files.map(async (file) => ({ text: await readFile(file, "utf8") })))
  : [SAMPLE];

for (const article of articles) {
  const id = await submit(article);
  const processed = await waitUntilProcessed(id);
  console.log(`${id} ${processed.status}\n  ${describe(processed)}`);
  if (processed.status !== "done") process.exitCode = 1;
}
