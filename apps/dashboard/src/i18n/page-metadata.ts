import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { parseUiLanguage, UI_LANGUAGE_COOKIE } from "../lib/ui-language";
import type { MessageKey } from "./message-key";

/**
 * A page's `<title>` from the catalogues (next-intl's server API), in the chosen language(s):
 * "الأماكن · Places" in the `both` mode. The layout's template adds the product's name.
 */
export async function pageMetadata(key: MessageKey): Promise<Metadata> {
  return { title: await serverText(key) };
}

/** A message as plain text on the server, in the chosen language(s). */
export async function serverText(key: MessageKey): Promise<string> {
  const ui = parseUiLanguage((await cookies()).get(UI_LANGUAGE_COOKIE)?.value);
  if (ui !== "both") return (await getTranslations({ locale: ui }))(key);
  const [ar, en] = await Promise.all([getTranslations({ locale: "ar" }), getTranslations({ locale: "en" })]);
  return `${ar(key)} · ${en(key)}`;
}
