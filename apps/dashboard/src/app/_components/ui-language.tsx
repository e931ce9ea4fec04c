"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { UiLanguage } from "../../lib/ui-language";

const UiLanguageContext = createContext<UiLanguage>("both");

/** Gives every label the interface language chosen in the header (read from a cookie by the layout). */
export function UiLanguageProvider({ value, children }: { value: UiLanguage; children: ReactNode }) {
  return <UiLanguageContext.Provider value={value}>{children}</UiLanguageContext.Provider>;
}

export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}
