import type { Token } from "../text/tokens";

/**
 * "Norland's army, the Norland People's Defence Forces, said": a body told in lower case by what
 * it is and set off by a comma from its own name is that body described, not a second one; the
 * name after it is listed. `last` is the description's last token; `bodyStartsAt` tells where a
 * body's name begins.
 */
export function describesBodyNamedAfter(tokens: readonly Token[], last: number, bodyStartsAt: (k: number) => boolean): boolean {
  const t = tokens[last];
  if (!t || t.arabic || t.capital || tokens[last + 1]?.text !== ",") return false;
  const k = tokens[last + 2]?.key === "the" ? last + 3 : last + 2;
  return bodyStartsAt(k);
}
