/**
 * The interface language: `both` (Arabic first with English beside it, right-to-left — the
 * default), `ar` (Arabic only, right-to-left) or `en` (English only, left-to-right). Article text
 * keeps its own direction whatever the choice.
 */
export const UI_LANGUAGES = ["both", "ar", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const UI_LANGUAGE_COOKIE = "marsad-ui";

export function parseUiLanguage(value: string | undefined): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? "") ? (value as UiLanguage) : "both";
}

/** `<html lang dir>` of a choice. */
export function documentLanguage(ui: UiLanguage): { lang: "ar" | "en"; dir: "rtl" | "ltr" } {
  return ui === "en" ? { lang: "en", dir: "ltr" } : { lang: "ar", dir: "rtl" };
}
