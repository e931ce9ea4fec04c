import type { ArticleLanguage } from "@marsad/schema/tables";
import { LANGUAGE_LABELS } from "../../lib/labels";
import { T } from "./t";

export function LanguageLabel({ language }: { language: ArticleLanguage }) {
  const label = LANGUAGE_LABELS[language];
  return (
    <span>
      <T ar={label.ar} en={label.en} />
    </span>
  );
}
