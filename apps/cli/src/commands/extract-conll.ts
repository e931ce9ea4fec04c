import { readFile } from "node:fs/promises";
import { tagConllFile } from "@marsad/extract";

export class ConllInputError extends Error {}

/**
 * Tags CoNLL token files (one token per line, optionally with a tag column, a blank line between
 * sentences) with the extractor's persons, organizations and places: "token TAG" lines (B-/I-
 * PERS, ORG, LOC, or O), a blank line after each sentence, files one after another.
 */
export async function tagConllPaths(files: string[], write: (chunk: string) => void): Promise<{ sentences: number; tokens: number }> {
  let sentences = 0;
  let tokens = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      throw new ConllInputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    const tagged = tagConllFile(text);
    if (tagged.tokens === 0) throw new ConllInputError(`${file} holds no tokens (expected one token per line, a blank line between sentences)`);
    write(tagged.output);
    sentences += tagged.sentences;
    tokens += tagged.tokens;
  }
  return { sentences, tokens };
}
