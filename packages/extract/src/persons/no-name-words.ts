/**
 * Words that the tagger may read as a name yet no person bears: a currency printed after a sum
 * ("15 مليون دينار كويتي", "ريال سعودي"), and the common nouns of a body's field inside its name
 * ("Institute for Strategic Studies", "Centre for International Affairs").
 */
import { tokenReadsAs, wordKey } from "../text/tokens";
import type { Ctx } from "./anchor-spans";

const CURRENCIES = new Set(
  ["دينار", "دنانير", "درهم", "دراهم", "ريال", "ريالات", "جنيه", "جنيهات", "دولار", "دولارات", "يورو", "ليرة", "ليرات", "روبية", "روبل", "فرنك", "شيكل", "أوقية", "كوانزا", "شلن", "يوان"].map(wordKey),
);

const FIELD_NOUNS = new Set(["studies", "affairs", "sciences", "research", "relations", "development", "strategies", "humanities"]);

/** The name at `name` is a currency or a body's field, not a person. */
export function namesNoPerson(ctx: Ctx, name: { first: number; last: number }): boolean {
  const { tokens } = ctx.doc;
  const first = tokens[name.first];
  if (!first) return false;
  if (first.arabic) return tokenReadsAs(first, CURRENCIES);
  for (let k = name.first; k <= name.last; k++) if (FIELD_NOUNS.has(tokens[k]?.key ?? "")) return true;
  return false;
}
