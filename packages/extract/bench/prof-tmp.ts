import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/index";
const shared = "/work/shared";
const texts = [path.join(shared, "corpus"), path.join(shared, "devset/articles")].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(d, f), "utf8")));
// ~4 KB: join articles to about 4 KB like the bench does
const four = texts.filter((t) => Buffer.byteLength(t) >= 3500);
for (const t of four) extractArticle({ text: t });
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < Number(process.env.SECS ?? 20) * 1000) { for (const t of four) { extractArticle({ text: t }); n++; } }
console.log(n / ((performance.now() - t0) / 1000), "articles/s");
