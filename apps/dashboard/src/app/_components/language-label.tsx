import type { ArticleLanguage } from "@marsad/schema/tables";
import { LANGUAGE_LABELS } from "../../lib/labels";
import { En } from "./en";

export function LanguageLabel({ language }: { language: ArticleLanguage }) {
  const label = LANGUAGE_LABELS[language];
  return (
    <span>
      {label.ar} · <En>{label.en}</En>
    </span>
  );
}
