import { createTranslator } from "next-intl";
import type { Label } from "../../i18n/message-key";
import { LOCALES, type Locale } from "../../i18n/locales";
import { loadMessages } from "../../i18n/messages";
import { countryName } from "../../lib/analyst-labels";
import { alertMessage, type AlertWords } from "./alert-message";

/** A Unicode isolate (FSI … PDI): in plain text it keeps a name's direction from reordering the words around it, as `<bdi>` does on a page. */
const isolate = (chunks: string) => `\u2068${chunks}\u2069`;

/** A catalogue message as plain text in one language, nested `{ k }` and `{ country }` values read in that language too. */
async function plainText(locale: Locale, label: Label): Promise<string> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const values = Object.fromEntries(
    Object.entries(label.values ?? {}).map(([name, value]) => [
      name,
      typeof value !== "object" ? value : "k" in value ? t(value.k) : countryName(value.country, locale),
    ]),
  );
  const plain = (chunks: string) => chunks;
  return t.markup(label.k, { ...values, bdi: isolate, ltr: plain, code: plain, b: plain });
}

/** An alert in plain text, for readers outside the dashboard; the event's states and day follow the sentence. */
export async function alertText(locale: Locale, alert: AlertWords): Promise<string> {
  const lines = [await plainText(locale, alertMessage(alert))];
  const { countries, date } = alert.facts;
  const comma = locale === "ar" ? "، " : ", ";
  if (countries.length) {
    const states = countries.map((c) => countryName(c, locale)).join(comma);
    lines.push(await plainText(locale, { k: "alerts.alertText.states", values: { states } }));
  }
  if (date) lines.push(await plainText(locale, { k: "alerts.alertText.day", values: { day: date } }));
  return lines.join("\n");
}

/**
 * An alert in both interface languages, Arabic first: the Atom feed's entries. A feed has no
 * reader whose language the dashboard knows (its URL is handed to a feed reader), so it says
 * everything twice rather than guessing.
 */
export async function bilingualAlertText(alert: AlertWords): Promise<string> {
  return (await Promise.all(LOCALES.map((locale) => alertText(locale, alert)))).join("\n\n");
}
