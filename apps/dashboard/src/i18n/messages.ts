import type english from "../../messages/en.json";
import type { Locale } from "./locales";

/** A catalogue, loaded on the server only (the client gets the ones its choice reads as props). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const catalogue = locale === "ar" ? await import("../../messages/ar.json") : await import("../../messages/en.json");
  return catalogue.default;
}

export type Messages = typeof english;
