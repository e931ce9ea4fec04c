import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";

/**
 * "فرقة X للموسيقى التقليدية", "فرقة X للفنون الشعبية": a troupe is named by the one word after
 * its noun; what follows in ل says which art it performs, a description of the troupe and no part of
 * its name. Without that art ("فرقة من الجيش", "فرقة مشاة") the noun is a military division or a
 * team, which this does not read.
 */
const TROUPE = matchKey("فرقة");
const ARTS = new Set(["للموسيقى", "للموسيقي", "للفنون", "للرقص", "للإنشاد", "للمسرح", "للغناء", "للفن"].map((w) => matchKey(w)));

export interface TroupeName {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
}

/** The troupe's name "فرقة X" opening at token i (a conjunction or preposition may be printed on it), or undefined. */
export function troupeNameAt(ctx: Ctx, i: number): TroupeName | undefined {
  const { tokens, text } = ctx.doc;
  const head = tokens[i];
  const name = tokens[i + 1];
  const art = tokens[i + 2];
  if (!head?.arabic || head.kind !== "word" || !name?.arabic || name.kind !== "word" || name.lineStart || !art?.arabic || art.lineStart) return undefined;
  const clitic = /^[وبل]?/.exec(head.key)![0];
  if (head.key.slice(clitic.length) !== TROUPE || !ARTS.has(art.key)) return undefined;
  if (isStopToken(name) || ctx.placeAt[i + 1]) return undefined;
  const start = head.start + clitic.length;
  return { first: i, last: i + 1, start, end: name.end, surface: text.slice(start, name.end) };
}
