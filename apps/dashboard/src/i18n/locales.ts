import type { UiLanguage } from "../lib/ui-language";

/** The two message catalogues (`messages/ar.json`, `messages/en.json`). */
export const LOCALES = ["ar", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The catalogue a choice reads first: Arabic for `both` and `ar`, English for `en`. In `both` the
 * English catalogue is read second, beside it.
 */
export function primaryLocale(ui: UiLanguage): Locale {
  return ui === "en" ? "en" : "ar";
}

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/**
 * The BCP 47 tag dates and numbers are formatted with. Arabic keeps Western digits (`nu-latn`)
 * because the data it sits beside (article dates, ISO days, counts in the text) print them; naming
 * the numbering system also keeps Node's and Chromium's ICU from choosing differently.
 */
export const FORMAT_LOCALE: Record<Locale, string> = { ar: "ar-u-nu-latn", en: "en-GB" };
