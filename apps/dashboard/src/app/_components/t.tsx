"use client";

import type { ReactNode } from "react";
import { En } from "./en";
import { useUiLanguage } from "./ui-language";

/**
 * One interface label in Arabic and English, shown as the reader chose in the header: both
 * (`عربي · English`, the default), Arabic only, or English only.
 */
export function T({ ar, en, sep = "·" }: { ar: ReactNode; en: ReactNode; sep?: string }) {
  const ui = useUiLanguage();
  if (ui === "ar") return <>{ar}</>;
  if (ui === "en") return <span lang="en">{en}</span>;
  return (
    <>
      {ar} {sep} <En>{en}</En>
    </>
  );
}
