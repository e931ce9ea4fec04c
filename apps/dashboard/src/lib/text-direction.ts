// Arabic script blocks: Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B.
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;

/** True when the text has at least as many Arabic letters as Latin ones (and some letters at all). */
export function isMostlyArabic(text: string, sampleLength = 4000): boolean {
  const sample = text.slice(0, sampleLength);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}

export interface TextDirection {
  dir: "rtl" | "ltr" | "auto";
  lang: string | undefined;
}

/**
 * How to render an article's text: the detected language once processed, else a guess from the
 * letters, so an Arabic article reads right-to-left even while it waits in the queue.
 */
export function textDirection(language: "ar" | "en" | "other" | null, text: string): TextDirection {
  if (language === "ar") return { dir: "rtl", lang: "ar" };
  if (language === "en") return { dir: "ltr", lang: "en" };
  if (language === "other") return { dir: "auto", lang: undefined };
  return isMostlyArabic(text) ? { dir: "rtl", lang: "ar" } : { dir: "auto", lang: undefined };
}
