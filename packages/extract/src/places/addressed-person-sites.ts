import type { Token } from "../text/tokens";
import { courtesy } from "../persons/reported-rank";

/*
 * "Mrs Dana Shoal Perrin": a capitalized name after a form of address is a person's, though one of
 * its words is a site's noun (Shoal, Bay, Point); no site is read there.
 */

/** A form of address (Mr, Mrs, Ms, Sir; with its stop, "Mrs.") stands right before `first`. */
export function addressedBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || tokens[first]!.lineStart) return false;
  const title = before.text === "." && tokens[first - 2]?.end === before.start ? tokens[first - 2] : before;
  return !!title && title.kind === "word" && !title.arabic && !!title.capital && courtesy(title.key);
}
