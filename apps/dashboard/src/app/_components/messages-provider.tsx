"use client";

import { createTranslator, NextIntlClientProvider, useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "../../i18n/locales";
import type { Messages } from "../../i18n/messages";

export type Translator = ReturnType<typeof useTranslations<never>>;

const SecondTranslatorContext = createContext<Translator | null>(null);

/**
 * The catalogue the interface reads (next-intl's provider), and in the `both` mode the English
 * one too, read second beside every Arabic message.
 */
export function MessagesProvider({
  locale,
  messages,
  english,
  children,
}: {
  locale: Locale;
  messages: Messages;
  english: Messages | null;
  children: ReactNode;
}) {
  const second = useMemo(() => (english ? createTranslator({ locale: "en", messages: english }) : null), [english]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <SecondTranslatorContext.Provider value={second}>{children}</SecondTranslatorContext.Provider>
    </NextIntlClientProvider>
  );
}

/** The translators of the chosen interface language(s): one, or Arabic then English in `both`. */
export function useTranslators(): [Translator, Translator | null] {
  const first = useTranslations();
  return [first, useContext(SecondTranslatorContext)];
}
