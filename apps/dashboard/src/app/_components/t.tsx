"use client";

import type { ReactNode } from "react";
import { primaryLocale, type Locale } from "../../i18n/locales";
import type { MessageKey, MessageValues } from "../../i18n/message-key";
import { countryName } from "../../lib/analyst-labels";
import { useTranslators, type Translator } from "./messages-provider";
import { En } from "./en";
import { useUiLanguage } from "./ui-language";

/**
 * The markup a message may use: data inside a message (a name, a count) is isolated with `<bdi>`
 * so its direction does not reorder the words around it; `<ltr>` is a left-to-right run
 * (commands, file extensions) and `<code>` a command.
 */
const RICH_TAGS = {
  bdi: (chunks: ReactNode) => <bdi>{chunks}</bdi>,
  ltr: (chunks: ReactNode) => <span dir="ltr">{chunks}</span>,
  code: (chunks: ReactNode) => <code dir="ltr">{chunks}</code>,
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
};

interface Props {
  k: MessageKey;
  values?: MessageValues;
  sep?: string;
}

/**
 * One interface message from the catalogues (`messages/*.json`), shown as the reader chose in
 * the header: Arabic and English (`عربي · English`, the default), Arabic only, or English only.
 */
export function T(props: Props) {
  const ui = useUiLanguage();
  const [first, second] = useTranslators();
  const sep = props.sep ?? "·";
  const own = richMessage(first, primaryLocale(ui), props.k, props.values);
  const other = second && !saysItAlready(first, second, props.k, props.values) ? richMessage(second, "en", props.k, props.values) : null;
  if (ui === "ar" || (ui === "both" && other === null)) return <>{own}</>;
  if (ui === "en") return <span lang="en">{own}</span>;
  return (
    <>
      {own} {sep} <En>{other}</En>
    </>
  );
}

/** Nested `{ k }` and `{ country }` values are read in the same language as the message around them. */
function ownValues(t: Translator, locale: Locale, values: MessageValues | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    out[name] = typeof value !== "object" ? value : "k" in value ? t(value.k) : countryName(value.country, locale);
  }
  return out;
}

/** Tags as plain text, to compare what two catalogues say. */
const PLAIN_TAGS = { bdi: String, ltr: String, code: String, b: String };

function plainMessage(t: Translator, locale: Locale, k: MessageKey, values: MessageValues | undefined): string {
  return t.markup(k, { ...PLAIN_TAGS, ...ownValues(t, locale, values) });
}

/**
 * Whether the English half would only repeat the Arabic one: a name that is the same in both
 * ("CSV"), or an English term the Arabic already quotes ("خطاف الويب (Webhook)").
 */
function saysItAlready(arabic: Translator, english: Translator, k: MessageKey, values: MessageValues | undefined): boolean {
  const en = plainMessage(english, "en", k, values).trim();
  return en.length > 0 && plainMessage(arabic, "ar", k, values).includes(en);
}

function richMessage(t: Translator, locale: Locale, k: MessageKey, values: MessageValues | undefined): ReactNode {
  return t.rich(k, { ...RICH_TAGS, ...ownValues(t, locale, values) });
}

/**
 * A message as plain text (for `<option>`, `title`, `placeholder`, `aria-label`), in the chosen
 * language(s): `عربي · English` in the `both` mode.
 */
export function useText(): (k: MessageKey, values?: MessageValues) => string {
  const ui = useUiLanguage();
  const [first, second] = useTranslators();
  const plain = (t: Translator, locale: Locale, k: MessageKey, values?: MessageValues) => t(k, ownValues(t, locale, values));
  return (k, values) => {
    const own = plain(first, primaryLocale(ui), k, values);
    return second && !saysItAlready(first, second, k, values) ? `${own} · ${plain(second, "en", k, values)}` : own;
  };
}
