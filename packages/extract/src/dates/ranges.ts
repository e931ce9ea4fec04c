import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { FoundDate } from "./find";

const FROM = new Set(["من", "بين", "from", "between"].map((w) => matchKey(w)));
const TO = new Set(["إلى", "الى", "حتى", "و", "to", "until", "and", "-", "–"].map((w) => matchKey(w)));

/**
 * "من ٢ إلى ٥ يونيو", "بين 7 و18 مايو", "from 2 to 5 June": a date printed as the end of a span of
 * days whose first day is a bare number before it. Returns that first day, or null when the date
 * ends no span.
 */
export function spanStartDay(tokens: readonly Token[], d: FoundDate): number | null {
  const k = d.firstToken - 2;
  if (!TO.has(tokens[k + 1]?.key ?? "")) return null;
  const first = tokens[k];
  if (!first || first.kind !== "num" || !FROM.has(tokens[k - 1]?.key ?? "")) return null;
  const day = Number(first.key);
  return day >= 1 && day < d.day ? day : null;
}
