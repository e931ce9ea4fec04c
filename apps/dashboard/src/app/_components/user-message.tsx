"use client";

import { userMessageKey, type FailedCall } from "../../trpc/error-message";
import { useText } from "./t";
import { useUiLanguage } from "./ui-language";

/**
 * Why a call failed, in the interface language: the catalogue's message for the error's kind. The
 * server's own explanation of a refused request is written in English, so it follows in English
 * and `both` modes and stays out of the Arabic one (its text is kept in the tooltip).
 */
export function UserMessage({ error }: { error: FailedCall }) {
  const say = useUserMessage();
  const { key, detail } = userMessageKey(error);
  return (
    <span title={detail ?? undefined} data-error-kind={key}>
      {say(error)}
    </span>
  );
}

/** The same as plain text (for state kept as a string). */
export function useUserMessage(): (error: FailedCall) => string {
  const text = useText();
  const ui = useUiLanguage();
  return (error) => {
    const { key, detail } = userMessageKey(error);
    const general = text(key);
    return detail && ui !== "ar" ? `${general}: ${detail}` : general;
  };
}
