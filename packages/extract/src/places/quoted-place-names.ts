import type { Token } from "../text/tokens";
import { quotedNameEnd } from "../text/quotes";

/*
 * "قال لـ«الشرق الأوسط»", "told “Sahel” magazine": a place's name that fills a pair of quotes on
 * its own is the name of what is called after it (a paper, a channel, an operation), not the
 * place, which the story then names nowhere.
 */

/** Whether the place printed over tokens `first`..`last` is all that stands between two quote marks. */
export function isQuotedAlone(tokens: readonly Token[], first: number, last: number): boolean {
  return first > 0 && quotedNameEnd(tokens, first - 1) === last + 1;
}
