/**
 * Words that the tagger may read as a name yet no person bears: a currency printed after a sum
 * ("15 مليون دينار كويتي", "ريال سعودي"), and the common nouns of a body's field inside its name
 * ("Institute for Strategic Studies", "Centre for International Affairs"), and صالح read off the
 * preposition لصالح, 'in favour of' ("صوت النواب لصالح النص"), which news prints far more often than
 * the given name with ل; nor is a tribe or a clan named by its noun and its ancestor ("قبيلة أولاد
 * سالم", "عشيرة بني X"), nor a decree issued by an office ("أصدر الرئيس قرارا بتعيين …", where the
 * noun and the verbal noun after it read like a name after the office).
 */
import { tokenReadsAs, wordKey } from "../text/tokens";
import type { Ctx } from "./anchor-spans";

const CURRENCIES = new Set(
  ["دينار", "دنانير", "درهم", "دراهم", "ريال", "ريالات", "جنيه", "جنيهات", "دولار", "دولارات", "يورو", "ليرة", "ليرات", "روبية", "روبل", "فرنك", "شيكل", "أوقية", "كوانزا", "شلن", "يوان"].map(wordKey),
);

const DECREES = new Set(["قرار", "قرارا", "قرارًا", "مرسوم", "مرسوما", "مرسومًا"].map(wordKey));

const TRIBES = new Set(["قبيلة", "قبائل", "عشيرة", "عشائر"].map(wordKey));

const IN_FAVOUR_OF = new Set(["لصالح", "ولصالح"]);

const FIELD_NOUNS = new Set(["studies", "affairs", "sciences", "research", "relations", "development", "strategies", "humanities"]);

/** The tribe's noun opens the name or stands right before it (a family's does not: عائلة X is X's). */
function tribeName(tokens: Ctx["doc"]["tokens"], first: number): boolean {
  const before = tokens[first - 1];
  return tokenReadsAs(tokens[first]!, TRIBES) || (before?.kind === "word" && tokenReadsAs(before, TRIBES));
}

/** The name at `name` is a currency, a body's field, a tribe, a decree or a preposition, not a person. */
export function namesNoPerson(ctx: Ctx, name: { first: number; last: number }): boolean {
  const { tokens } = ctx.doc;
  const first = tokens[name.first];
  if (!first) return false;
  if (first.arabic) return tokenReadsAs(first, CURRENCIES) || DECREES.has(first.key) || tribeName(tokens, name.first) || IN_FAVOUR_OF.has(first.key);
  for (let k = name.first; k <= name.last; k++) if (FIELD_NOUNS.has(tokens[k]?.key ?? "")) return true;
  return false;
}
