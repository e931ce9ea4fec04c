import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConllInputError, tagConllPaths } from "./extract-conll";

// Token files written for this test.
describe("marsad extract --conll", () => {
  it("prints one 'token TAG' line per input token and a blank line after each sentence", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "conll-"));
    const file = path.join(dir, "a.conll");
    await writeFile(file, "وقال O\nكمال O\nالأنصاري O\nإن O\nالقاهرة O\nمستعدة O\n\nسافر\nجان\nمارتان\nإلى\nباريس\n");
    let out = "";
    const done = await tagConllPaths([file], (chunk) => (out += chunk));
    expect(done).toEqual({ sentences: 2, tokens: 11 });
    const sentences = out.trimEnd().split("\n\n");
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.split("\n")).toEqual(["وقال O", "كمال B-PERS", "الأنصاري I-PERS", "إن O", "القاهرة B-LOC", "مستعدة O"]);
    expect(sentences[1]!.split("\n").map((l) => l.split(" ")[0])).toEqual(["سافر", "جان", "مارتان", "إلى", "باريس"]);
  });

  it("names the file that holds no tokens or cannot be read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "conll-"));
    const empty = path.join(dir, "empty.conll");
    await writeFile(empty, "\n\n");
    await expect(tagConllPaths([empty], () => {})).rejects.toThrow(new ConllInputError(`${empty} holds no tokens (expected one token per line, a blank line between sentences)`));
    await expect(tagConllPaths([path.join(dir, "missing.conll")], () => {})).rejects.toThrow(/cannot read .*missing\.conll: ENOENT/);
  });
});
