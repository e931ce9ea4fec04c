import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { parseUiLanguage, UI_LANGUAGE_COOKIE } from "../lib/ui-language";
import { isLocale, primaryLocale } from "./locales";
import { loadMessages } from "./messages";

/**
 * next-intl's per-request configuration. There is no locale in the URL: the reader's choice is
 * the `marsad-ui` cookie the header's switch sets. An explicit locale (`getTranslations({ locale:
 * "en" })`, as the `both` mode asks for its second language) wins over the cookie.
 */
export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale)
    ? locale
    : primaryLocale(parseUiLanguage((await cookies()).get(UI_LANGUAGE_COOKIE)?.value));
  return { locale: chosen, messages: await loadMessages(chosen) };
});
