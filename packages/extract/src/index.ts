import type { Extraction } from "@marsad/schema";
import { cleanText, detectLanguage, headline } from "./basic-reading";

/** Bumped whenever the output for the same input changes. */
export const EXTRACTOR_VERSION = "0.0.1";

export interface ExtractInput {
  text: string;
  fileName?: string;
  title?: string | null;
  publishedHint?: string | null;
}

/** Reads one article. Pure, never throws. */
export function extractArticle(input: ExtractInput): Extraction {
  const cleanedText = cleanText(input.text);
  return {
    extractorVersion: EXTRACTOR_VERSION,
    file: input.fileName ?? null,
    language: detectLanguage(cleanedText),
    title: input.title ?? headline(cleanedText),
    source: null,
    author: null,
    published: input.publishedHint ?? null,
    cleanedText,
    persons: [],
    organizations: [],
    locations: [],
    countries: [],
    events: [],
    topics: [],
    keywords: [],
    summary: cleanedText.split("\n").slice(1, 3).join(" ").slice(0, 400),
  };
}
