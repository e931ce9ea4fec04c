"use client";

import { useTranslators } from "./messages-provider";

/**
 * The analyst's own words (a saved search) between the quotation marks of the interface's first
 * language: «…» in Arabic, “…” in English. Only one pair, even in the `both` mode: the words
 * are the same in either language.
 */
export function Quoted({ text }: { text: string }) {
  const [primary] = useTranslators();
  return <>{primary.rich("common.quoted.text", { text, bdi: (chunks) => <bdi>{chunks}</bdi> })}</>;
}
