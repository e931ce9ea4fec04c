"use client";

import { usePathname, useSearchParams } from "next/navigation";
import type { UiLanguage } from "../../lib/ui-language";
import { useText } from "./t";
import { useUiLanguage } from "./ui-language";

const CHOICES: { value: UiLanguage; label: string; lang: string }[] = [
  { value: "both", label: "عربي + English", lang: "ar" },
  { value: "ar", label: "عربي", lang: "ar" },
  { value: "en", label: "English", lang: "en" },
];

/**
 * The interface language, as three submit buttons of one plain form (no script needed): the
 * route handler stores the choice in a cookie and sends the reader back to this page.
 */
export function LanguageSwitch() {
  const current = useUiLanguage();
  const text = useText();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form method="post" action="/api/ui-language" className="language-switch" aria-label={text("common.languageSwitch.interfaceLanguage")}>
      <input type="hidden" name="back" value={search ? `${pathname}?${search}` : pathname} />
      {CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="submit"
          name="ui"
          value={choice.value}
          lang={choice.lang}
          aria-pressed={current === choice.value}
          className={current === choice.value ? "active" : undefined}
        >
          {choice.label}
        </button>
      ))}
    </form>
  );
}
