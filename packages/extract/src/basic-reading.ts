import type { Extraction } from "@marsad/schema";
import { arabicLetterRatio } from "./text/normalize";

/**
 * The article-level reading every extraction starts from: cleaned text (line endings unified,
 * blank runs and trailing spaces removed, control characters dropped), the first line as the
 * headline, and the language by script.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+$/g, ""))
    .filter((line, i, all) => line.trim() !== "" || (i > 0 && all[i - 1]!.trim() !== ""))
    .join("\n")
    .trim();
}

export function detectLanguage(text: string): Extraction["language"] {
  const sample = text.slice(0, 5000);
  if (arabicLetterRatio(sample) >= 0.5) return "ar";
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters > 0 && latin / letters > 0.8 && /\b(the|and|of|to|in)\b/i.test(sample)) return "en";
  return "other";
}

export function headline(cleaned: string): string | null {
  const first = cleaned.split("\n", 1)[0]?.trim() ?? "";
  return first.length > 0 && first.length <= 300 ? first : null;
}
