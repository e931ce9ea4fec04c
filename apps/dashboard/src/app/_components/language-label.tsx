import type { ArticleLanguage } from "@marsad/schema/tables";
import { LANGUAGE_LABELS } from "../../lib/labels";
import { T } from "./t";

export function LanguageLabel({ language }: { language: ArticleLanguage }) {
  return (
    <span>
      <T k={LANGUAGE_LABELS[language]} />
    </span>
  );
}
